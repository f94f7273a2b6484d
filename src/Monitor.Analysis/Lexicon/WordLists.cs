namespace Monitor.Analysis;

/// <summary>General English lexicons the rules use. None names an entity or a figure of any article.</summary>
internal static class WordLists
{
    public static readonly WordSet StopWords = Set("""
        a an the and or but nor so yet of to in on at by for with from into onto over under after before about above below
        between among through during without within against along across around behind beyond toward towards upon via per
        as than then that this these those there here it its it's they them their theirs he him his she her hers we us our
        you your i me my mine who whom whose which what when where why how whether if while because although though since
        until unless also just only even still already again ever never not no yes all any both each few more most other
        some such own same too very can could may might must shall should will would do does did done doing be been being
        am is are was were has have had having said says say saying told tell according one ones s t re ve ll d m mr mrs ms
        new like get got make made many much well way up out off down now last next first time year years day days week
        weeks month months today yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday
        people thing things lot part including include includes included however meanwhile another every own back
        around amid despite being become became becomes going go goes went take took taken come came comes
        """);

    public static bool IsStopWord(ReadOnlySpan<char> word) => StopWords.Contains(word);

    /// <summary>Words that open sentences or headings in capitals without being names.</summary>
    public static readonly WordSet CommonCapitalised = Set("""
        the a an in on at by for with from into after before about as if when while although though since but and or
        this that these those there here it its they their he his she her we our you your i my what which who how why
        where not no yes all some many most more other both each every such one two three four five six seven eight nine ten
        neither either another whose related read watch click join sign subscribe share follow tags advertisement photo video editor note update
        earlier later just not only still also however meanwhile furthermore additionally moreover instead then now today
        monday tuesday wednesday thursday friday saturday sunday
        january february march april may june july august september october november december
        """);

    public static readonly WordSet Months = Set("""
        january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
        monday tuesday wednesday thursday friday saturday sunday
        """);

    /// <summary>Party and political words that come capitalised before "administration" or "government" without naming its head.</summary>
    public static readonly WordSet PoliticalAdjectives = Set("democratic republican democrat gop conservative liberal labour labor socialist communist progressive");

    /// <summary>Connectors inside names: "Tren de Aragua", "Department of State", "Osama bin Laden".</summary>
    public static readonly WordSet NameConnectors = Set("of de del della di da dos das du la le van von bin al y");

    public static readonly WordSet OrganisationHeads = Set("""
        department ministry council committee party agency university college court senate congress parliament assembly
        administration inc corp corporation company co ltd llc association organization organisation union commission
        bureau office institute foundation bank network times post news journal press service services police army navy
        force forces guard board authority fund church federation league alliance coalition caucus cabinet government
        group center centre club society trust tribunal reserve administration agency corps campaign foundation
        """);

    public static readonly WordSet FacilityNouns = Set("""
        prison jail penitentiary airport hospital base camp facility plant stadium station embassy consulate
        mega-prison detention refinery reactor port harbor bridge dam mosque church temple cathedral palace
        """);

    public static readonly WordSet PlaceHeads = Set("""
        city county state province region river lake mountain mountains island islands valley bay coast street avenue
        square park district strait sea ocean gulf desert peninsula border
        """);

    /// <summary>Common nouns that say an unknown name is an armed or criminal group.</summary>
    public static readonly WordSet GroupNouns = Set("gang gangs cartel cartels militia militias rebels insurgents syndicate mafia");

    public static readonly WordSet Regions = Set("""
        latin america|central america|south america|north america|the americas|americas|europe|asia|africa|middle east|
        caribbean|western hemisphere|southeast asia|east asia|central asia|west africa|east africa|north africa|
        the west|scandinavia|balkans|the gulf|pacific|atlantic|eastern europe|western europe
        """, '|');

    public static readonly WordSet RegionAdjectives = Set("""
        latin american|central american|south american|north american|european|asian|african|middle eastern|caribbean|western
        """, '|');

    /// <summary>Nouns for people, whose counts make quantity claims.</summary>
    public static readonly WordMap PersonNouns = Map("""
        nationals:citizens citizens:citizens citizen:citizens prisoners:prisoners prisoner:prisoners detainees:prisoners
        detainee:prisoners inmates:prisoners hostages:hostages hostage:hostages migrants:migrants migrant:migrants
        immigrants:immigrants refugees:refugees asylum-seekers:migrants deportees:deportees people:people persons:people
        civilians:civilians soldiers:soldiers troops:troops officers:officers workers:workers employees:employees
        children:children students:students protesters:protesters demonstrators:protesters victims:victims members:members
        residents:residents voters:voters patients:patients passengers:passengers individuals:people men:people women:people
        """);

    /// <summary>Nouns that say people are held: a count or a nationality of them is about detention.</summary>
    public static readonly WordSet HeldNouns = Set("prisoners prisoner detainees detainee inmates hostages hostage captives");

    public static readonly WordSet HoldVerbs = Set("""
        held holding hold detained detaining detain jailed imprisoned incarcerated captive kept locked
        """);

    public static readonly WordSet ReleaseVerbs = Set("released releasing release releases freed freeing free frees");

    public static WordSet Set(string words, char separator = ' ') =>
        new(words.Split([separator, '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                 .Where(w => w.Length > 0 && !w.All(char.IsWhiteSpace)));

    private static WordMap Map(string pairs) =>
        new(pairs.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split(':'))
            .ToDictionary(p => p[0], p => p[1], StringComparer.OrdinalIgnoreCase));
}

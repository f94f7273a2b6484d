namespace Monitor.Analysis;

/// <summary>
/// The states of the United States and the District of Columbia, by name and by the abbreviations the
/// AP stylebook gives them ("Ferguson, Mo.", "Whitfield of Ohio"). "Washington" alone is left out: it is
/// as often the capital or a person.
/// </summary>
internal static class UsStates
{
    public static readonly WordSet Names = WordLists.Set("""
        Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|
        Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|
        Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|
        Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|
        Washington State|West Virginia|Wisconsin|Wyoming|District of Columbia|Puerto Rico
        """, '|');

    public static readonly WordSet Abbreviations = WordLists.Set("""
        Ala. Ariz. Ark. Calif. Colo. Conn. Del. D.C. Fla. Ga. Ill. Ind. Kan. Ky. La. Md. Mass. Mich. Minn. Miss. Mo.
        Mont. Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. S.C. S.D. Tenn. Tex. Va. Vt. Wash. Wis.
        W.Va. Wyo.
        """);

    /// <summary>The most words a state's name has ("District of Columbia").</summary>
    public const int MaxWords = 3;
}

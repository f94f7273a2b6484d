namespace Monitor.Analysis;

/// <summary>
/// Frequent words of English and of news prose. They say little about which story an article
/// belongs to, so the story signature weighs them down (a fixed stand-in for document frequency,
/// which would make the clustering depend on the order articles arrive in).
/// </summary>
internal static class CommonWords
{
    public static bool Contains(ReadOnlySpan<char> word) => Words.Contains(word);

    public static readonly WordSet Words = WordLists.Set("""
        able accept accepted access account across act action actions active activity actually add added adding address
        administration admit advance affair affairs age agency agenda ago agree agreed ahead aid aim air allow allowed almost
        alone along already although always america american americans among amount analysis announce announced announcement
        annual answer anyone anything appear appeared approach april area areas argue argued argument arm around arrive
        article ask asked asking attack attempt attention august authority available average avoid away back bad base based
        basic battle bear beat become began begin beginning behind believe believed best better big bill billion bit black
        board body book both break bring broad brought budget build building built business call called calling calls came
        campaign candidate candidates capital care career carry case cases cause center central century certain chair chairman
        challenge chance change changed changes charge check chief child children choice city civil claim claims clear clearly
        close closed cnn co com comment comments committee common community company concern concerned concerns condition
        conference congress congressional consider considered continue continued control cost costs could council country
        countries couple course court cover create created crisis critic critical criticism criticized cut data date deal
        debate december decide decided decision defense democrat democratic democrats department described despite detail
        details development did difference different difficult director discuss discussion district done door doubt draw
        during early economic economy effect effort efforts either election else email end enough entire especially even
        evening event events ever every everyone evidence exactly example executive expect expected experience explain
        expressed face fact failed fall family far fast federal feel felt few fight figure final finally find fire five
        focus follow following force foreign form former forward found four fox free friday friend front full fund future
        gave general get getting give given giving global goal good government governor great green ground group groups
        grow growing hand happen happened hard head health hear heard held help high history hit hold home hope hour hours
        house however huge idea important increase indeed information inside instead interest interview investigation involved
        issue issues job jobs john join joined july june keep key kind knew know known largest late later law laws lead
        leader leaders leadership leading least leave led left legal less let letter level life likely line list little
        live local long longer look looking lose loss lost low main major majority man matter mean means measure media
        meet meeting member members message might military million mind minister minutes moment money month morning move
        moved movement much national nation nations near nearly need needed needs network never news newspaper night
        nothing notice number numbers obama october offer office officer officers official officials often open opinion
        order organization others outside party past pay percent period person personal phone place plan plans play point
        points police policy political politics poll position possible post potential power powerful president presidential
        press pressure previous private probably problem problems process program proposal proposed provide public push put
        question questions quickly race raise raised rather reach read ready real really reason recent recently record
        reform refused release released remain remains remarks report reported reporter reporters reports republican
        republicans request require research response responsibility rest result results return review right rights rule
        run running said saturday saw school second secretary security see seek seem seemed seems seen senate senator
        senators send sense sent september series serious serve served service set several share short show showed side
        sign signed significant similar simply since single situation small social someone something sometimes soon source
        sources speak speaking special spending spoke spokesman staff stand start started state statement states stay step
        still stop story street strong support supporters sure system take taken taking talk talked talking tax team tell
        term terms the thing things think third thought three thursday times together told took top total toward trade
        tried true try trying tuesday turn twitter two under united upon use used very view vote voted voters votes want
        wanted war washington watch water way week weekend weeks well went white whole wide wife win without woman women
        word words work worked working world worth write wrong year years yet young
        """);
}

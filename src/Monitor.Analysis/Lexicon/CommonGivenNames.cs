namespace Monitor.Analysis;

/// <summary>
/// Common given names of English-language news (general knowledge: the names most often given in the US and
/// Britain over the last century), beside those of <see cref="Nicknames"/>: a capitalised word that opens a
/// name with one of them is a person's name, even where a sentence begins ("Laura Brennan said ...").
/// </summary>
internal static class CommonGivenNames
{
    public static readonly WordSet Names = WordLists.Set("""
        aaron adam adrian alan albert alex alexander alexandra alexis alice alicia allison amanda amber amy andrea
        angela anna anne ann annie anthony antonio april arthur ashley audrey austin barbara benjamin beth betty
        beverly bradley brandon brenda brett brian brittany bruce bryan caleb cameron carl carla carlos carmen carol
        caroline carolyn carrie catherine cathy charlotte cheryl christian christina christine cindy claire clara
        cody colin connie craig crystal cynthia dale dana daniel danielle darren david dawn dean deborah debra
        denise dennis derek diana diane donald donna doris dorothy douglas dylan earl eileen elaine eleanor elena
        elijah elizabeth ellen emily emma eric erica erin ethan eugene evan evelyn frances francis frank gabriel
        gail gary george gerald gina gloria gordon grace greg gregory hannah harold harry heather helen henry
        holly howard ian isaac jack jacqueline jamie jane janet janice jared jason jean jeffrey jennifer jeremy
        jerry jesse jessica jill joan joanne joel jonathan jordan jose joyce juan judith judy julia julie justin
        karen kate katherine kathleen kathryn kathy katie keith kelly kenneth kevin kimberly kyle larry laura
        lauren lawrence leah lee leonard leslie lillian linda lisa lori louis louise lucas lucy luis luke lynn
        madison marcus margaret maria marie marilyn mario mark marsha martha martin mary matthew megan
        melanie melissa michael michelle miguel mildred monica nancy natalie nathan nicholas nicole noah norma
        oliver olivia pamela patricia patrick paul paula peter philip phillip rachel ralph randy raymond rebecca
        regina renee rita roger ronald rose roy ruby russell ruth ryan samantha samuel sandra sara sarah scott
        sean sharon shawn shirley sophia stacy stephanie stephen steven susan tammy tanya teresa terry theresa
        timothy tina todd tracy travis tyler valerie vanessa victor victoria vincent virginia walter wanda wayne
        wendy willie zachary
        """);
}

namespace Monitor.Feeds.Tests;

public sealed class HtmlTextTests
{
    [Theory]
    [InlineData("<p>One <a href=\"x\">link</a>.</p><p>Two.</p>", "One link.\n\nTwo.")]
    [InlineData("Line<br/>break", "Line\nbreak")]
    [InlineData("<style>p{color:red}</style>Visible<script>var a = '<p>';</script>", "Visible")]
    [InlineData("&lt;b&gt;escaped&lt;/b&gt; stays text", "<b>escaped</b> stays text")]
    [InlineData("<!-- hidden -->Shown&nbsp;&amp;&#160;kept", "Shown & kept")]
    [InlineData("<ul><li>a</li><li>b</li></ul>", "a\n\nb")]
    [InlineData("", "")]
    public void Html_becomes_text(string html, string text) => HtmlText.ToText(html).Should().Be(text);
}

using System.Net;
using Monitor.Analysis;
using Monitor.Host;

namespace Monitor.Ingest.Tests;

/// <summary>A batch's lines ingest side by side, yet the answer reads as if they had gone one by one.</summary>
public sealed class BatchIngestTests(KeyedHost host) : IClassFixture<KeyedHost>
{
    private static string Unique() => Guid.NewGuid().ToString("n")[..10];

    [Fact]
    public async Task Many_lines_answer_in_line_order()
    {
        var ids = Enumerable.Range(0, 80).Select(i => $"many-{i}-{Unique()}").ToList();
        var batch = string.Join('\n', ids.Select((id, i) => Api.Article(id, $"outlet {i % 7}", $"Report {id}", $"Zorbath {id} opened a bridge over the river {i}.")));

        var response = await host.Http.SendAsync(Api.Post("/api/articles", batch, "application/x-ndjson"));

        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
        var answers = (await response.JsonAsync()).GetProperty("articles").EnumerateArray().ToList();
        answers.Select(r => r.GetProperty("articleId").GetString()).Should().Equal(ids);
        answers.Should().OnlyContain(r => r.GetProperty("outcome").GetString() == "accepted");
    }

    [Fact]
    public async Task A_text_repeated_in_a_batch_makes_the_later_line_the_duplicate()
    {
        var text = $"Repeated text {Unique()} about a bridge that opened.";
        var lines = Enumerable.Range(0, 12).Select(i => Api.Article($"rep-{i}-{Unique()}", "wire", "Bridge", i is 3 or 9 ? text : $"Other text {Unique()}."));

        var response = await host.Http.SendAsync(Api.Post("/api/articles", string.Join('\n', lines), "application/x-ndjson"));

        var answers = (await response.JsonAsync()).GetProperty("articles").EnumerateArray().ToList();
        answers[3].GetProperty("outcome").GetString().Should().Be("accepted");
        answers[9].GetProperty("outcome").GetString().Should().Be("duplicate");
        answers[9].GetProperty("duplicateOf").GetString().Should().Be(answers[3].GetProperty("articleId").GetString());
    }

    [Fact]
    public async Task A_text_repeated_with_other_spacing_and_case_makes_the_later_line_the_duplicate()
    {
        var word = Unique();
        var lines = Enumerable.Range(0, 12).Select(i => Api.Article($"case-{i}-{Unique()}", "wire", "Bridge", i switch
        {
            3 => $"Repeated text {word} about a bridge that opened.",
            9 => $"repeated   TEXT {word.ToUpperInvariant()} about a bridge  that opened.",
            _ => $"Other text {Unique()}.",
        }));

        var response = await host.Http.SendAsync(Api.Post("/api/articles", string.Join('\n', lines), "application/x-ndjson"));

        var answers = (await response.JsonAsync()).GetProperty("articles").EnumerateArray().ToList();
        answers[3].GetProperty("outcome").GetString().Should().Be("accepted");
        answers[9].GetProperty("outcome").GetString().Should().Be("duplicate");
        answers[9].GetProperty("duplicateOf").GetString().Should().Be(answers[3].GetProperty("articleId").GetString());
    }

    [Theory]
    [InlineData("Repeated text about a bridge that opened.", "repeated   TEXT about a BRIDGE that opened.", true)]
    [InlineData("Repeated text about a bridge that opened.", "<p>Repeated text about a bridge that opened.</p>", true)]
    [InlineData("Repeated text about a bridge that opened.", "Repeated text about a bridge that closed.", false)]
    public void Lines_with_the_same_words_may_be_one_article_and_must_keep_their_order(string first, string second, bool same)
    {
        var analyzer = new ArticleAnalyzer();
        AnalyzedArticle[] lines =
        [
            analyzer.Analyze(new ArticleInput("a", "wire", "Bridge", first, null, null)),
            analyzer.Analyze(new ArticleInput("b", "wire", "Bridge", second, null, null)),
        ];

        BatchIngest.MaySelfDuplicate(lines).Should().Be(same);
    }
}

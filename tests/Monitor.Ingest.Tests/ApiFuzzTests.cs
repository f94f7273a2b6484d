using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace Monitor.Ingest.Tests;

/// <summary>
/// Ten thousand random and mutated bodies against the write endpoints: every answer is a 2xx or a 4xx,
/// and the host still ingests a good article afterwards.
/// </summary>
public sealed class ApiFuzzTests(FuzzHost host) : IClassFixture<FuzzHost>
{
    private const int Bodies = 10_000;

    [Fact]
    public async Task Random_and_mutated_bodies_get_no_5xx_and_the_service_still_answers()
    {
        var statuses = new ConcurrentDictionary<int, int>();
        var serverErrors = new ConcurrentQueue<string>();
        var seeds = Seeds().Select(s => (Body: Encoding.UTF8.GetBytes(s.Body), s.ContentType)).ToArray();

        await Parallel.ForEachAsync(Enumerable.Range(0, Bodies), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, ct) =>
        {
            var random = new Random(i);
            var (body, contentType, path) = Body(random, seeds);
            using var response = await host.Http.SendAsync(Api.Post(path, body, contentType, key: random.Next(50) == 0 ? null : MonitorHost.Key), ct);
            statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
            if ((int)response.StatusCode >= 500)
            {
                serverErrors.Enqueue($"{(int)response.StatusCode} for body {i}: {await response.Content.ReadAsStringAsync(ct)}");
            }
        });
        var after = await host.Http.SendAsync(Api.Post("/api/articles", Api.Article(null, "wire", "After the fuzz", $"Still answering {Guid.NewGuid():n}.")));

        serverErrors.Should().BeEmpty();
        statuses.Keys.Should().OnlyContain(s => s < 500);
        statuses.Should().ContainKeys(202, 400);
        after.StatusCode.Should().Be(HttpStatusCode.Accepted);
    }

    private static (byte[] Body, string ContentType, string Path) Body(Random random, (byte[] Body, string ContentType)[] seeds)
    {
        if (random.Next(10) == 0)
        {
            var bytes = new byte[random.Next(0, 400)];
            random.NextBytes(bytes);
            return (bytes, random.Next(2) == 0 ? "application/json" : "application/x-ndjson", random.Next(4) == 0 ? "/api/feeds" : "/api/articles");
        }
        var seed = seeds[random.Next(seeds.Length)];
        return (Mutate(random, seed.Body), random.Next(20) == 0 ? "text/plain" : seed.ContentType, "/api/articles");
    }

    private static IEnumerable<(string Body, string ContentType)> Seeds()
    {
        var article = Api.Article("fz-1", "wire", "Prisoners exchanged", "250 Venezuelans returned from El Salvador on Friday.", "https://wire.example/a", "2025-07-18T14:00:00Z");
        yield return (article, "application/json");
        yield return (Api.Article(null, "desk", "Rubio", "Marco Rubio said several nationals were freed.", null, null), "application/json");
        yield return (article + "\n" + Api.Article("fz-2", "desk", "Second", "Americans held in Venezuela were freed.", null, "2025-07-19"), "application/x-ndjson");
    }

    private static byte[] Mutate(Random random, byte[] seed)
    {
        var bytes = seed.ToList();
        for (var n = random.Next(1, 5); n > 0 && bytes.Count > 0; n--)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(5))
            {
                case 0: bytes[at] = (byte)random.Next(256); break;
                case 1: bytes.RemoveRange(at, Math.Min(bytes.Count - at, random.Next(1, 30))); break;
                case 2: bytes.InsertRange(at, Encoding.UTF8.GetBytes(Fragments[random.Next(Fragments.Length)])); break;
                case 3: bytes[at] = (byte)Structure[random.Next(Structure.Length)]; break;
                default: bytes.InsertRange(at, bytes.GetRange(at, Math.Min(bytes.Count - at, random.Next(1, 60)))); break;
            }
        }
        return bytes.ToArray();
    }

    private const string Structure = "{}[]\",:\\\n0";

    private static readonly string[] Fragments =
        ["\\ud800", "\\u0000", "null", "[]", "{}", "1e999", "\"published\":\"9999-99-99\"", "\xc3", "\"text\":\"\"", "<script>x</script>", "\"id\":\"" + new string('i', 300) + "\"", "\n"];
}

/// <summary>A keyed host of its own, so the fuzz's articles stay out of the other tests' stories.</summary>
public sealed class FuzzHost : MonitorHost
{
    protected override IEnumerable<string> Settings => [$"--Api:Keys:0={Key}", "--Api:RateLimit=1000000"];
}

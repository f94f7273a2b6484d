using System.Net.Http.Headers;

namespace Monitor.Feeds;

/// <summary>
/// A conditional GET of one feed: the validators of the last answer go with it, so an unchanged feed
/// costs a 304. The body is read up to a cap, so a huge or endless answer cannot fill memory.
/// </summary>
public sealed class FeedFetcher(HttpClient http)
{
    public const string HttpClientName = "feeds";
    public const int MaxBytes = 4 * 1024 * 1024;

    public async Task<FeedResponse> FetchAsync(string url, string? etag, string? lastModified, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd("application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.1");
        if (etag is not null && EntityTagHeaderValue.TryParse(etag, out var tag))
        {
            request.Headers.IfNoneMatch.Add(tag);
        }
        if (lastModified is not null && DateTimeOffset.TryParse(lastModified, out var since))
        {
            request.Headers.IfModifiedSince = since;
        }
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (response.StatusCode == System.Net.HttpStatusCode.NotModified)
            {
                return new FeedResponse(FeedFetchStatus.NotModified, ETag: etag, LastModified: lastModified);
            }
            if (!response.IsSuccessStatusCode)
            {
                return FeedResponse.Failed($"HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
            }
            if (response.Content.Headers.ContentLength > MaxBytes)
            {
                return FeedResponse.Failed($"The feed is larger than {MaxBytes} bytes.");
            }
            var body = await ReadCappedAsync(response.Content, cancellationToken);
            return body is null
                ? FeedResponse.Failed($"The feed is larger than {MaxBytes} bytes.")
                : new FeedResponse(FeedFetchStatus.Fetched, body, response.Headers.ETag?.ToString(), response.Content.Headers.LastModified?.ToString("R"));
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException && !cancellationToken.IsCancellationRequested)
        {
            return FeedResponse.Failed(ex is TaskCanceledException ? "The feed did not answer in time." : ex.Message);
        }
    }

    private static async Task<byte[]?> ReadCappedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}

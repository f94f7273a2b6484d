using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Monitor.Host;

namespace Monitor.Feeds.Tests;

/// <summary>
/// A feed server on loopback serving documents the tests make. Each path answers with its document and an
/// ETag, and with a 304 when the request carries that ETag; every request is recorded.
/// </summary>
public sealed class FeedServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentDictionary<string, (string Body, string ETag)> _documents = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private readonly TaskCompletionSource _firstRequest = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public FeedServer()
    {
        Port = FreePort.Pick();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public int Port { get; }

    /// <summary>Completes once a first request has been answered: what a test waits on instead of sleeping.</summary>
    public Task FirstRequest => _firstRequest.Task;

    public ConcurrentQueue<(string Path, string? IfNoneMatch, int Status)> Requests { get; } = new();

    public string Url(string path) => $"http://127.0.0.1:{Port}/{path.TrimStart('/')}";

    public string Serve(string path, string body)
    {
        var etag = "\"" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(body)))[..12] + "\"";
        _documents["/" + path.TrimStart('/')] = (body, etag);
        return Url(path);
    }

    public int RequestsTo(string path) => Requests.Count(r => r.Path == "/" + path.TrimStart('/'));

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }
            var path = context.Request.Url!.AbsolutePath;
            var ifNoneMatch = context.Request.Headers["If-None-Match"];
            var status = Answer(context.Response, path, ifNoneMatch);
            Requests.Enqueue((path, ifNoneMatch, status));
            context.Response.Close();
            _firstRequest.TrySetResult();
        }
    }

    private int Answer(HttpListenerResponse response, string path, string? ifNoneMatch)
    {
        if (!_documents.TryGetValue(path, out var document))
        {
            response.StatusCode = 404;
            return 404;
        }
        response.Headers["ETag"] = document.ETag;
        if (ifNoneMatch == document.ETag)
        {
            response.StatusCode = 304;
            return 304;
        }
        var bytes = Encoding.UTF8.GetBytes(document.Body);
        response.StatusCode = 200;
        response.ContentType = "application/xml; charset=utf-8";
        response.ContentLength64 = bytes.Length;
        response.OutputStream.Write(bytes);
        return 200;
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Close();
        _stop.Dispose();
    }
}

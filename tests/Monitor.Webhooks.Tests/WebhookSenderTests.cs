using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Monitor.Webhooks.Tests;

public sealed class WebhookSenderTests
{
    private static readonly WebhookEvent Event = new("msg_all_1_00000000", "divergence.detected", 1, DateTimeOffset.UnixEpoch, "s", null, "quantity", """{"type":"divergence.detected"}""");

    [Fact]
    public void A_generated_secret_is_whsec_and_base64_of_a_key()
    {
        var secret = WebhookSecret.Generate();

        secret.Should().StartWith("whsec_");
        WebhookSecret.TryDecode(secret, out _).Should().HaveCount(32);
        WebhookSecret.TryDecode("whsec_not base64!", out var error).Should().BeNull();
        error.Should().Contain("base64");
        WebhookSecret.TryDecode("secret", out error).Should().BeNull();
        error.Should().Contain("whsec_");
    }

    [Fact]
    public async Task An_attempt_carries_the_standard_headers_signed_with_the_attempts_timestamp()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var time = new FakeTimeProvider(new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero));
        using var sender = Sender(time, "127.0.0.1");
        var secret = WebhookSecret.Generate();

        var attempt = await sender.SendAsync(receiver.Url(), WebhookSecret.TryDecode(secret, out _)!, Event, CancellationToken.None);

        attempt.Succeeded.Should().BeTrue();
        var received = receiver.Received.Should().ContainSingle().Subject;
        received.Id.Should().Be(Event.Id);
        received.Timestamp.Should().Be(time.GetUtcNow().ToUnixTimeSeconds().ToString());
        received.Body.Should().Be(Event.Body);
        received.Signature.Should().Be(WebhookSigner.Sign(WebhookSecret.TryDecode(secret, out _)!, Event.Id, time.GetUtcNow().ToUnixTimeSeconds(), Event.Body));
    }

    [Fact]
    public async Task A_loopback_address_that_is_not_allow_listed_is_refused_with_a_clear_error()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var sender = Sender(TimeProvider.System);

        var byAddress = await sender.SendAsync(receiver.Url(), new byte[32], Event, CancellationToken.None);
        var byName = await sender.SendAsync($"http://localhost:{receiver.Port}/hook", new byte[32], Event, CancellationToken.None);

        byAddress.Succeeded.Should().BeFalse();
        byAddress.StatusCode.Should().BeNull();
        byAddress.Error.Should().Contain("Refused").And.Contain("127.0.0.1").And.Contain("loopback").And.Contain("Webhooks:AllowedHosts");
        byName.Error.Should().Contain("Refused to deliver to localhost").And.Contain("loopback");
        receiver.Received.Should().BeEmpty();
    }

    [Fact]
    public async Task A_redirect_is_not_followed()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Answer = _ => (307, null);
        using var sender = Sender(TimeProvider.System, "127.0.0.1");

        var attempt = await sender.SendAsync(receiver.Url(), new byte[32], Event, CancellationToken.None);

        attempt.StatusCode.Should().Be(307);
        attempt.Succeeded.Should().BeFalse();
        receiver.Received.Should().ContainSingle();
    }

    [Fact]
    public async Task Retry_after_is_read_from_the_response()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Answer = _ => (429, "120");
        using var sender = Sender(TimeProvider.System, "127.0.0.1");

        var attempt = await sender.SendAsync(receiver.Url(), new byte[32], Event, CancellationToken.None);

        attempt.StatusCode.Should().Be(429);
        attempt.RetryAfter.Should().Be(TimeSpan.FromSeconds(120));
    }

    private static WebhookSender Sender(TimeProvider time, params string[] allowed) =>
        new(BlockedAddressTests.Guard(allowed), Options.Create(new WebhookOptions { AllowedHosts = [.. allowed] }), time);
}

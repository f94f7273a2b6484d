using System.Net;
using Microsoft.Extensions.Options;

namespace Monitor.Webhooks.Tests;

public sealed class BlockedAddressTests
{
    [Theory]
    [InlineData("127.0.0.1", "loopback")]
    [InlineData("127.8.9.10", "loopback")]
    [InlineData("::1", "loopback")]
    [InlineData("10.1.2.3", "private")]
    [InlineData("172.20.0.1", "private")]
    [InlineData("192.168.1.1", "private")]
    [InlineData("fd12::1", "private")]
    [InlineData("169.254.169.254", "cloud-metadata")]
    [InlineData("fd00:ec2::254", "cloud-metadata")]
    [InlineData("100.100.100.200", "cloud-metadata")]
    [InlineData("168.63.129.16", "cloud-metadata")]
    [InlineData("fe80::1", "link-local")]
    [InlineData("224.0.0.251", "multicast")]
    [InlineData("ff02::1", "multicast")]
    [InlineData("0.0.0.0", "unspecified")]
    [InlineData("::ffff:10.0.0.1", "private")]
    [InlineData("64:ff9b::7f00:1", "loopback")]
    public void Internal_addresses_are_blocked(string address, string reason) =>
        BlockedAddresses.Reason(IPAddress.Parse(address)).Should().Contain(reason);

    [Theory]
    [InlineData("93.184.215.14")]
    [InlineData("8.8.8.8")]
    [InlineData("2606:4700::1111")]
    public void Public_addresses_are_not_blocked(string address) =>
        BlockedAddresses.Reason(IPAddress.Parse(address)).Should().BeNull();

    [Fact]
    public void A_url_with_a_blocked_literal_address_is_refused_at_subscription_unless_allow_listed()
    {
        var strict = Guard();
        var relaxed = Guard("127.0.0.1");

        strict.CheckUrl("http://127.0.0.1:8080/hook").Should().Contain("loopback").And.Contain("Webhooks:AllowedHosts");
        strict.CheckUrl("http://[::1]/hook").Should().Contain("loopback");
        strict.CheckUrl("http://169.254.169.254/latest/meta-data").Should().Contain("cloud-metadata");
        strict.CheckUrl("ftp://example.org/").Should().Contain("http");
        strict.CheckUrl("http://user:pw@example.org/").Should().Contain("password");
        strict.CheckUrl("https://example.org/hook").Should().BeNull("names are checked when connecting");
        relaxed.CheckUrl("http://127.0.0.1:8080/hook").Should().BeNull();
    }

    internal static WebhookAddressGuard Guard(params string[] allowed) =>
        new(Options.Create(new WebhookOptions { AllowedHosts = [.. allowed] }));
}

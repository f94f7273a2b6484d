namespace Monitor.Webhooks;

/// <summary>The SSRF guard refused to connect: the message says which address, why, and how to allow it.</summary>
public sealed class WebhookAddressRefusedException(string message) : Exception(message);

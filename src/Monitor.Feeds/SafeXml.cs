using System.Xml;

namespace Monitor.Feeds;

/// <summary>
/// The only way a feed document is read. A feed is third-party input: its DOCTYPE is skipped, not
/// processed, and nothing is ever resolved, so neither an external entity nor an expansion bomb can
/// reach a file, the network or the memory of this process.
/// </summary>
public static class SafeXml
{
    public const long MaxCharacters = 8_000_000;

    public static XmlReaderSettings Settings { get; } = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        MaxCharactersFromEntities = 1_024,
        MaxCharactersInDocument = MaxCharacters,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    public static XmlReader Create(Stream stream) => XmlReader.Create(stream, Settings);
}

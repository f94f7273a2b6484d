using Monitor.Grains;

namespace Monitor.Cli;

/// <summary>
/// A folder as the commands read it: a folder that cannot be read at all is one line on standard error (no
/// stack trace), and each file it refuses is one line too, with the reason the API would give.
/// </summary>
internal static class FolderInput
{
    public static async Task<FolderArticles?> LoadAsync(string command, DirectoryInfo folder, int? shuffle)
    {
        try
        {
            var read = ArticleFolder.Load(folder.FullName, shuffle);
            foreach (var refused in read.Refused)
            {
                await Console.Error.WriteLineAsync($"refused {refused.File}: {refused.Reason}");
            }
            return read;
        }
        catch (ArticleFolderException ex)
        {
            await FailAsync(command, ex.Message);
            return null;
        }
    }

    /// <summary>One line on standard error, named by the command, whatever line breaks the message held.</summary>
    public static Task FailAsync(string command, string message) =>
        Console.Error.WriteLineAsync($"monitor {command}: {string.Join(' ', message.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))}");
}

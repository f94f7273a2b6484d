using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Monitor.Contracts;
using Monitor.Grains;

namespace Monitor.Webhooks;

/// <summary>Makes a webhook event of a stored divergence change; other changes make none.</summary>
public static class WebhookEventFactory
{
    public static WebhookEvent? TryCreate(Change change, string publicUrl)
    {
        if (!WebhookEventTypes.IsKnown(change.Kind))
        {
            return null;
        }
        var root = publicUrl.TrimEnd('/');
        using var document = JsonDocument.Parse(change.Payload);
        WebhookPayloadData data;
        string? storyId = null, entityId = null;
        if (document.RootElement.TryGetProperty("storyId", out _))
        {
            var story = document.Deserialize<StoryLedgerChange>(MonitorJson.Options)!;
            storyId = story.StoryId;
            var link = new WebhookStoryLink(story.StoryId, story.StoryTitle,
                $"{root}/#/story/{Uri.EscapeDataString(story.StoryId)}", $"{root}/api/stories/{Uri.EscapeDataString(story.StoryId)}");
            data = new WebhookPayloadData(change.Sequence, link, null, story.Slot, story.Divergence);
        }
        else if (document.RootElement.TryGetProperty("entityId", out _))
        {
            var entity = document.Deserialize<EntityLedgerChange>(MonitorJson.Options)!;
            entityId = entity.EntityId;
            var link = new WebhookEntityLink(entity.EntityId, entity.EntityName, $"{root}/api/entities/{Uri.EscapeDataString(entity.EntityId)}");
            data = new WebhookPayloadData(change.Sequence, null, link, entity.Slot, entity.Divergence);
        }
        else
        {
            return null;
        }
        var body = MonitorJson.Serialize(new WebhookPayload(change.Kind, change.At, data));
        return new WebhookEvent(IdOf(change), change.Kind, change.Sequence, change.At, storyId, entityId, data.Divergence?.Kind, body, data.Divergence?.Level);
    }

    /// <summary>
    /// The topic and sequence name the change; the short hash of its time and payload keeps ids unique
    /// even if a log that keeps nothing starts numbering again.
    /// </summary>
    public static string IdOf(Change change)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{change.At.UtcTicks}\n{change.Payload}"));
        return $"msg_{change.Topic}_{change.Sequence}_{Convert.ToHexStringLower(hash)[..8]}";
    }
}

using Monitor.Analysis;
using Orleans.Serialization.Cloning;
using Orleans.Serialization.Serializers;

namespace Monitor.Grains;

/// <summary>
/// The analyser's output crosses grain calls inside a silo without a copy: it is built once per
/// article, never changed after, and copying it through JSON on every call cost more than the grain
/// work it carried. Views and other engine types are still copied.
/// </summary>
internal sealed class AnalysedValues : IGeneralizedCopier
{
    private static readonly HashSet<Type> Shared =
    [
        typeof(ArticleInput), typeof(AnalyzedArticle), typeof(StorySignature), typeof(EntityMention), typeof(Claim),
    ];

    public bool IsSupportedType(Type type) => Shared.Contains(type);

    public object? DeepCopy(object? input, CopyContext context) => input;
}

using Microsoft.AspNetCore.Http.HttpResults;
using Monitor.Grains;

namespace Monitor.Host;

public static class ArticlesApi
{
    public static IEndpointRouteBuilder MapArticlesApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/articles", PostArticle).WithName("PostArticle");
        return app;
    }

    private static async Task<Results<Accepted<IngestResult>, ValidationProblem>> PostArticle(
        ArticleRequest article, ArticleIngestor ingestor)
    {
        var errors = article.Validate();
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The article is not valid.");
        }
        var result = await ingestor.IngestAsync(article.ToInput());
        return TypedResults.Accepted((string?)null, result);
    }
}

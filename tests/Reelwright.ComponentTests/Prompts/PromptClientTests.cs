using System.Net;
using Reelwright.ComponentTests.Fakes;
using Reelwright.Web.Studio;
using Xunit;

namespace Reelwright.ComponentTests.Prompts;

/// <summary>How the web app speaks the prompts API's wire format, without a server.</summary>
public sealed class PromptClientTests
{
    [Fact]
    public async Task A_search_sends_only_the_filters_set_with_the_to_day_included()
    {
        var handler = new AnsweringHandler(HttpStatusCode.OK, """
            {"items":[{"id":"0199a000-0000-7000-8000-00000000000a","projectId":"0199a000-0000-7000-8000-00000000000b","name":"Drift",
              "latestVersion":3,"latestText":"a red circle","modelId":"minisora-shapes","labels":["approved"],
              "updatedAt":"2025-11-25T12:00:00+00:00","favourite":true}],"nextCursor":"abc"}
            """);
        var filter = new PromptFilter(Q: "red & blue", ModelId: "minisora-shapes", From: new DateOnly(2025, 11, 1), To: new DateOnly(2025, 11, 30), FavouritesOnly: true);

        var page = await WireClients.Over(handler).SearchPromptsAsync(filter, "c/1", 20, TestContext.Current.CancellationToken);

        Assert.Equal(
            "/api/prompts?limit=20&q=red%20%26%20blue&modelId=minisora-shapes&from=2025-11-01T00%3A00%3A00Z&to=2025-12-01T00%3A00%3A00Z&favourites=true&cursor=c%2F1",
            handler.Request!.RequestUri!.PathAndQuery);
        var item = Assert.Single(page.Items);
        Assert.Equal(("Drift", 3, true, "abc"), (item.Name, item.LatestVersion, item.Favourite, page.NextCursor));
        Assert.Equal(["approved"], item.Labels);
    }

    [Fact]
    public async Task A_diff_is_read_with_its_pieces_by_kind_and_its_parameter_rows()
    {
        var handler = new AnsweringHandler(HttpStatusCode.OK, """
            {"from":1,"to":2,"text":[{"kind":"Same","text":"a "},{"kind":"Deleted","text":"red"},{"kind":"Inserted","text":"blue"}],
             "negativeText":[],"parameters":[{"field":"seed","before":"7","after":null}]}
            """);

        var diff = await WireClients.Over(handler).DiffPromptAsync(Guid.Empty, 1, 2, TestContext.Current.CancellationToken);

        Assert.EndsWith("/diff?from=1&to=2", handler.Request!.RequestUri!.PathAndQuery);
        Assert.Equal([DiffPieceKind.Same, DiffPieceKind.Deleted, DiffPieceKind.Inserted], diff.Text.Select(p => p.Kind));
        Assert.Equal(new ParameterChangeView("seed", "7", null), Assert.Single(diff.Parameters));
    }

    [Fact]
    public async Task A_saved_version_is_posted_with_its_parent_and_variables_and_read_back()
    {
        var handler = new AnsweringHandler(HttpStatusCode.Created, """
            {"number":5,"parentNumber":2,"text":"a red circle","negativeText":"","modelId":"minisora-shapes","seed":7,"steps":20,"guidance":1.5,
             "message":"branch","authorId":"0199a000-0000-7000-8000-000000000001","createdAt":"2025-11-25T12:00:00+00:00","variables":{"colour":["red","blue"]}}
            """);
        var draft = new PromptVersionDraft("a red circle", "", "branch", 2, new Dictionary<string, IReadOnlyList<string>> { ["colour"] = ["red", "blue"] });

        var result = await WireClients.Over(handler).SavePromptVersionAsync(Guid.Empty, draft, TestContext.Current.CancellationToken);

        Assert.Contains("\"parentVersion\":2", handler.Body);
        Assert.Contains("\"variables\":{\"colour\":[\"red\",\"blue\"]}", handler.Body);
        Assert.Equal((5, 2), (result.Version!.Number, result.Version.ParentNumber));
        Assert.Equal(["red", "blue"], result.Version.Variables["colour"]);
    }

    [Fact]
    public async Task A_refused_save_comes_back_keyed_by_field_rather_than_thrown()
    {
        var handler = new AnsweringHandler(HttpStatusCode.BadRequest, """
            {"title":"One or more validation errors occurred.","status":400,"errors":{"parentVersion":["This prompt has no version 9."]}}
            """);

        var result = await WireClients.Over(handler).SavePromptVersionAsync(Guid.Empty, new PromptVersionDraft("x", ParentVersion: 9), TestContext.Current.CancellationToken);

        Assert.Null(result.Version);
        Assert.Equal(["This prompt has no version 9."], result.Errors["parentVersion"]);
    }

    [Fact]
    public async Task A_version_from_an_api_without_variables_reads_as_having_none()
    {
        var handler = new AnsweringHandler(HttpStatusCode.OK, """
            {"id":"0199a000-0000-7000-8000-00000000000a","projectId":"0199a000-0000-7000-8000-00000000000b","name":"Drift","visibility":"Team",
             "createdAt":"2025-11-25T12:00:00+00:00","labels":[{"name":"approved","version":1,"movedBy":"0199a000-0000-7000-8000-000000000001","movedAt":"2025-11-25T12:00:00+00:00"}],
             "resolved":null,"versions":[{"number":1,"parentNumber":null,"text":"a","negativeText":"","modelId":"m","seed":null,"steps":null,"guidance":null,
             "message":null,"authorId":"0199a000-0000-7000-8000-000000000001","createdAt":"2025-11-25T12:00:00+00:00"}]}
            """);

        var prompt = await WireClients.Over(handler).GetPromptAsync(Guid.Empty, "approved", TestContext.Current.CancellationToken);

        Assert.EndsWith("?label=approved", handler.Request!.RequestUri!.PathAndQuery);
        Assert.Empty(Assert.Single(prompt.Versions).Variables);
        Assert.Equal(1, Assert.Single(prompt.Labels).Version);
    }

    [Fact]
    public async Task Starring_puts_and_unstarring_deletes()
    {
        var handler = new AnsweringHandler(HttpStatusCode.NoContent, "");
        var id = Guid.Parse("0199a000-0000-7000-8000-00000000000a");

        await WireClients.Over(handler).SetFavouriteAsync(FavouriteKind.Prompts, id, true, TestContext.Current.CancellationToken);
        Assert.Equal((HttpMethod.Put, $"/api/favourites/prompts/{id}"), (handler.Request!.Method, handler.Request.RequestUri!.AbsolutePath));

        await WireClients.Over(handler).SetFavouriteAsync(FavouriteKind.Prompts, id, false, TestContext.Current.CancellationToken);
        Assert.Equal(HttpMethod.Delete, handler.Request!.Method);
    }

    [Fact]
    public async Task A_label_move_is_put_with_its_version_and_a_refusal_is_thrown_with_the_apis_words()
    {
        var handler = new AnsweringHandler(HttpStatusCode.BadRequest, """
            {"status":400,"errors":{"version":["Name a version this prompt has."]}}
            """);

        var refusal = await Assert.ThrowsAsync<StudioProblemException>(() => WireClients.Over(handler).MoveLabelAsync(Guid.Empty, "approved", 9, TestContext.Current.CancellationToken));

        Assert.EndsWith("/labels/approved", handler.Request!.RequestUri!.AbsolutePath);
        Assert.Contains("\"version\":9", handler.Body);
        Assert.Equal(["Name a version this prompt has."], refusal.Errors["version"]);
    }
}

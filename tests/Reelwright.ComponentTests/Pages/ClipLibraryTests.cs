using System.Net;
using Bunit;
using Reelwright.ComponentTests.Fakes;
using Reelwright.Web.Components.Pages.Clips;
using Reelwright.Web.Studio;
using Xunit;

namespace Reelwright.ComponentTests.Pages;

/// <summary>Searching, starring, paging and picking clips to compare in the clip library (/clips).</summary>
public sealed class ClipLibraryTests : StudioTestContext
{
    private readonly GenerationView _red = Sample.Queued("a red circle drifting left").Succeeded();
    private readonly GenerationView _blue = Sample.Queued("a blue square").Succeeded();
    private readonly GenerationView _green = Sample.Queued("a green line").Succeeded();

    public ClipLibraryTests() => Api.FirstClipPage = new GenerationPageView([_red, _blue, _green], null);

    [Fact]
    public void The_library_opens_on_the_newest_clips_each_a_poster_that_links_to_its_review()
    {
        var cut = Render<ClipLibrary>();

        Assert.Equal([(new ClipSearch(), null)], Api.ClipSearches);
        var tile = Tile(cut, _red);
        Assert.Equal($"clips/{_red.Id}", tile.QuerySelector("a.poster-link")!.GetAttribute("href"));
        Assert.Equal($"{FakeStudioApi.PublicBaseUrl}/media/{_red.Id}/poster.png", tile.QuerySelector("img.poster")!.GetAttribute("src"));
        Assert.Equal($"{FakeStudioApi.PublicBaseUrl}/media/{_red.Id}/preview.gif", tile.QuerySelector("img.preview")!.GetAttribute("src"));
        Assert.Equal(3, cut.FindAll(".tile").Count);
    }

    [Fact]
    public void Searching_sends_the_text_model_days_and_starred_only_filters()
    {
        var cut = Render<ClipLibrary>();

        cut.Find("#clip-q").Change("  red circle ");
        cut.Find("#clip-model").Change(Sample.Model.Id);
        cut.Find("#clip-from").Change("2025-11-01");
        cut.Find("#clip-to").Change("2025-11-25");
        cut.Find("#clip-favourites").Change(true);
        cut.Find("#clip-search").Submit();

        var expected = new ClipSearch("red circle", Sample.Model.Id, new DateOnly(2025, 11, 1), new DateOnly(2025, 11, 25), FavouritesOnly: true);
        Assert.Equal((expected, null), Api.ClipSearches[^1]);
    }

    [Fact]
    public void A_new_search_replaces_the_clips_shown()
    {
        var cut = Render<ClipLibrary>();
        Api.FirstClipPage = new GenerationPageView([_blue], null);

        cut.Find("#clip-q").Change("blue");
        cut.Find("#clip-search").Submit();

        Assert.Equal([_blue.Id.ToString()], cut.FindAll(".tile").Select(t => t.GetAttribute("data-generation-id")));
    }

    [Fact]
    public void More_fetches_the_next_page_of_what_was_searched_for_even_after_the_form_changes()
    {
        var older = Sample.Queued("an older clip").Succeeded();
        Api.FirstClipPage = new GenerationPageView([_red], "c2");
        Api.ClipPagesAfter["c2"] = new GenerationPageView([older], null);
        var cut = Render<ClipLibrary>();
        cut.Find("#clip-q").Change("red");
        cut.Find("#clip-search").Submit();
        cut.Find("#clip-q").Change("typed but not searched");

        cut.Find("#more").Click();

        Assert.Equal((new ClipSearch("red"), "c2"), Api.ClipSearches[^1]);
        Assert.Equal([_red.Id.ToString(), older.Id.ToString()], cut.FindAll(".tile").Select(t => t.GetAttribute("data-generation-id")));
        Assert.Empty(cut.FindAll("#more"));
    }

    [Fact]
    public void The_stars_show_the_users_favourites_and_a_click_stars_or_unstars_through_the_api()
    {
        Api.StarredGenerations.Add(_red.Id);
        var cut = Render<ClipLibrary>();
        Assert.Equal("true", Star(cut, _red).GetAttribute("aria-pressed"));
        Assert.Equal("false", Star(cut, _blue).GetAttribute("aria-pressed"));

        Star(cut, _red).Click();
        Star(cut, _blue).Click();

        Assert.Equal([(FavouriteKind.Generations, _red.Id, false), (FavouriteKind.Generations, _blue.Id, true)], Api.FavouriteChanges);
        Assert.Equal("false", Star(cut, _red).GetAttribute("aria-pressed"));
        Assert.Equal("Unstar", Star(cut, _blue).GetAttribute("aria-label"));
    }

    [Fact]
    public void A_star_the_api_could_not_save_stays_as_it_was_and_says_why()
    {
        var cut = Render<ClipLibrary>();
        Api.Refusals["SetFavouriteAsync"] = new HttpRequestException("Connection refused");

        Star(cut, _red).Click();

        Assert.Equal("false", Star(cut, _red).GetAttribute("aria-pressed"));
        Assert.Contains("Connection refused", cut.Find(".load-error").TextContent);
    }

    [Fact]
    public void The_compare_link_appears_once_two_clips_are_picked_and_no_third_can_be()
    {
        var cut = Render<ClipLibrary>();
        Assert.Empty(cut.FindAll("#compare-link"));

        Pick(cut, _red).Change(true);
        Assert.Empty(cut.FindAll("#compare-link"));
        Assert.Contains("1 of 2 picked", cut.Find("#pick-hint").TextContent);

        Pick(cut, _green).Change(true);
        Assert.Equal($"compare?a={_red.Id}&b={_green.Id}", cut.Find("#compare-link").GetAttribute("href"));
        Assert.True(Pick(cut, _blue).HasAttribute("disabled"));

        Pick(cut, _red).Change(false);
        Assert.Empty(cut.FindAll("#compare-link"));
        Assert.False(Pick(cut, _blue).HasAttribute("disabled"));
    }

    [Fact]
    public void An_unreachable_api_is_reported_instead_of_clips()
    {
        Api.Unreachable = new HttpRequestException("Connection refused");

        var cut = Render<ClipLibrary>();

        Assert.Contains("not reachable", cut.Find(".load-error").TextContent);
        Assert.Empty(cut.FindAll(".tile"));
    }

    [Fact]
    public async Task The_filters_travel_as_query_parameters_with_whole_utc_days()
    {
        var handler = new AnsweringHandler(HttpStatusCode.OK, """{"items":[],"nextCursor":null}""");
        var search = new ClipSearch("red circle", "minisora-shapes", new DateOnly(2025, 11, 1), new DateOnly(2025, 11, 25), FavouritesOnly: true);

        await WireClients.Over(handler).SearchClipsAsync(search, "c2", 24, Xunit.TestContext.Current.CancellationToken);

        Assert.Equal(
            "/api/generations?limit=24&cursor=c2&q=red%20circle&modelId=minisora-shapes&from=2025-11-01T00:00:00Z&to=2025-11-26T00:00:00Z&favourites=true",
            handler.Request!.RequestUri!.PathAndQuery);
    }

    [Fact]
    public async Task Starring_puts_and_unstarring_deletes_the_favourite()
    {
        var handler = new AnsweringHandler(HttpStatusCode.OK, "");
        var clip = Guid.Parse("0199a000-0000-7000-8000-0000000000cc");

        await WireClients.Over(handler).SetFavouriteAsync(FavouriteKind.Generations, clip, true, Xunit.TestContext.Current.CancellationToken);
        Assert.Equal((HttpMethod.Put, $"/api/favourites/generations/{clip}"), (handler.Request!.Method, handler.Request.RequestUri!.PathAndQuery));

        await WireClients.Over(handler).SetFavouriteAsync(FavouriteKind.Prompts, clip, false, Xunit.TestContext.Current.CancellationToken);
        Assert.Equal((HttpMethod.Delete, $"/api/favourites/prompts/{clip}"), (handler.Request!.Method, handler.Request.RequestUri!.PathAndQuery));
    }

    private static AngleSharp.Dom.IElement Tile(IRenderedComponent<ClipLibrary> cut, GenerationView generation) =>
        cut.Find($".tile[data-generation-id='{generation.Id}']");

    private static AngleSharp.Dom.IElement Star(IRenderedComponent<ClipLibrary> cut, GenerationView generation) =>
        cut.Find($".tile[data-generation-id='{generation.Id}'] button.star");

    private static AngleSharp.Dom.IElement Pick(IRenderedComponent<ClipLibrary> cut, GenerationView generation) =>
        cut.Find($".tile[data-generation-id='{generation.Id}'] input.pick-box");
}

using Bunit;
using Reelwright.Web.Components.Sharing;
using Reelwright.Web.Studio;
using Xunit;

namespace Reelwright.ComponentTests.Sharing;

/// <summary>The clip page's share panel: making a link with its options, its address shown once, the list, and revoking.</summary>
public sealed class SharePanelTests : StudioTestContext
{
    private const string Token = "sh_fresh_token_42";
    private const string FullUrl = "http://localhost/s/" + Token;

    private static readonly Guid ClipId = Guid.NewGuid();
    private static readonly Guid ShotId = Guid.NewGuid();

    public SharePanelTests()
    {
        Api.NextShareToken = Token;
        JSInterop.SetupVoid("navigator.clipboard.writeText", _ => true);
    }

    [Fact]
    public void Creating_a_link_sends_the_chosen_options_and_shows_its_full_address_with_a_copy_button()
    {
        var cut = RenderPanel();

        cut.Find("#share-expiry").Change("168");
        cut.Find("#share-passphrase").Input("open sesame");
        cut.Find("#share-permission").Change("comment");
        cut.Find("#share-downloads").Change(true);
        cut.Find("#create-share-link").Click();

        var request = Assert.Single(Api.ShareLinkRequests);
        Assert.Equal(new ShareLinkRequest(ClipId, null, 168, "open sesame", AllowComments: true, AllowDownloads: true), request);
        Assert.Equal(FullUrl, cut.Find("#new-share-link-url").GetAttribute("value"));
        Assert.Contains("will not be shown again", cut.Find("#new-share-link .warning").TextContent);
        Assert.Equal("", cut.Find("#share-passphrase").GetAttribute("value"));

        cut.Find("#copy-share-link").Click();

        var copied = Assert.Single(JSInterop.Invocations, i => i.Identifier == "navigator.clipboard.writeText");
        Assert.Equal(FullUrl, copied.Arguments[0]);
    }

    [Fact]
    public void A_plain_link_asks_for_no_expiry_no_passphrase_view_only_and_no_downloads()
    {
        var cut = RenderPanel();

        cut.Find("#create-share-link").Click();

        Assert.Equal(new ShareLinkRequest(ClipId, null, null, null, AllowComments: false, AllowDownloads: false), Assert.Single(Api.ShareLinkRequests));
    }

    [Fact]
    public void The_new_address_is_shown_only_until_dismissed_and_never_when_the_panel_opens_again()
    {
        var cut = RenderPanel();
        cut.Find("#create-share-link").Click();

        cut.Find("#dismiss-share-link").Click();

        Assert.Empty(cut.FindAll("#new-share-link"));
        Assert.DoesNotContain(Token, cut.Markup);
        Assert.DoesNotContain(Token, RenderPanel().Markup);
    }

    [Fact]
    public void The_version_stack_can_be_shared_instead_of_the_clip_when_the_clip_is_in_a_shot()
    {
        var cut = RenderPanel(ShotId);

        cut.Find("#share-stack").Change(true);
        cut.Find("#create-share-link").Click();

        var request = Assert.Single(Api.ShareLinkRequests);
        Assert.Null(request.GenerationId);
        Assert.Equal(ShotId, request.ShotId);
        Assert.Equal("version stack", cut.Find("tbody tr td").TextContent);
    }

    [Fact]
    public void A_clip_outside_any_shot_offers_no_version_stack()
    {
        Assert.Empty(RenderPanel().FindAll("#share-stack"));
    }

    [Fact]
    public void Existing_links_are_listed_with_expiry_passphrase_permissions_views_and_revocation()
    {
        var open = GivenLink(ClipId, null, link => link with { ViewCount = 3, AllowDownloads = true });
        var guarded = GivenLink(ClipId, null, link => link with
        {
            ExpiresAt = Sample.Noon.AddDays(7), HasPassphrase = true, AllowComments = true, RevokedAt = Sample.Noon.AddDays(1),
        });
        var stack = GivenLink(null, ShotId);

        var cut = RenderPanel(ShotId);

        var openRow = Row(cut, open);
        Assert.Equal("2025-11-25 12:00 UTC by Alan Turing", openRow.QuerySelector(".created")!.TextContent);
        Assert.Equal("never", openRow.QuerySelector(".expires")!.TextContent);
        Assert.Equal("no", openRow.QuerySelector(".passphrase")!.TextContent);
        Assert.Equal("view, download", openRow.QuerySelector(".permissions")!.TextContent);
        Assert.Equal("3", openRow.QuerySelector(".views")!.TextContent);
        Assert.NotNull(openRow.QuerySelector(".revoke"));

        var guardedRow = Row(cut, guarded);
        Assert.Equal("2025-12-02 12:00 UTC", guardedRow.QuerySelector(".expires")!.TextContent);
        Assert.Equal("yes", guardedRow.QuerySelector(".passphrase")!.TextContent);
        Assert.Equal("view and comment", guardedRow.QuerySelector(".permissions")!.TextContent);
        Assert.Contains("revoked 2025-11-26 12:00 UTC", guardedRow.TextContent);
        Assert.Null(guardedRow.QuerySelector(".revoke"));

        Assert.Contains("version stack", Row(cut, stack).TextContent);
    }

    [Fact]
    public void Revoking_a_link_asks_the_api_and_shows_it_revoked()
    {
        var link = GivenLink(ClipId, null);
        var cut = RenderPanel();

        Row(cut, link).QuerySelector(".revoke")!.Click();

        Assert.Equal([link.Id], Api.RevokedShareLinks);
        var row = Row(cut, link);
        Assert.Contains("revoked", row.ClassList);
        Assert.Null(row.QuerySelector(".revoke"));
    }

    [Fact]
    public void A_refused_passphrase_is_shown_beside_its_field_and_no_address_appears()
    {
        Api.Refusals[nameof(IStudioApi.CreateShareLinkAsync)] = new StudioProblemException(System.Net.HttpStatusCode.BadRequest,
            new Dictionary<string, string[]> { ["passphrase"] = ["A passphrase needs at least 8 characters."] });
        var cut = RenderPanel();

        cut.Find("#share-passphrase").Input("short");
        cut.Find("#create-share-link").Click();

        Assert.Equal("A passphrase needs at least 8 characters.", cut.Find(".field-error[data-field=passphrase]").TextContent);
        Assert.Empty(cut.FindAll("#new-share-link"));
    }

    private IRenderedComponent<SharePanel> RenderPanel(Guid? shotId = null) =>
        Render<SharePanel>(p => p.Add(c => c.GenerationId, ClipId).Add(c => c.ShotId, shotId));

    private ShareLinkView GivenLink(Guid? generationId, Guid? shotId, Func<ShareLinkView, ShareLinkView>? shape = null)
    {
        var link = new ShareLinkView(Guid.NewGuid(), Sample.Noon.AddMinutes(-Api.ShareLinks.Count), Sample.User.Id, "Alan Turing", ExpiresAt: null,
            HasPassphrase: false, AllowComments: false, AllowDownloads: false, RevokedAt: null, ViewCount: 0);
        link = shape is null ? link : shape(link);
        Api.ShareLinks.Add((generationId, shotId, link));
        return link;
    }

    private static AngleSharp.Dom.IElement Row(IRenderedComponent<SharePanel> cut, ShareLinkView link) =>
        cut.Find($"tr[data-share-link-id='{link.Id}']");
}

using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Reelwright.Web.Components.Layout;
using Reelwright.Web.Components.Shared;
using Xunit;

namespace Reelwright.ComponentTests.Layout;

/// <summary>The top bar: who is signed in and how to leave, or how to get in.</summary>
public sealed class MainLayoutTests : StudioTestContext
{
    [Fact]
    public void A_signed_in_user_sees_their_name_their_pages_and_a_sign_out_form()
    {
        var cut = Render<MainLayout>();

        Assert.Equal("Ada Lovelace", cut.Find(".user-name").TextContent);
        Assert.Equal(["teams", "settings/tokens"], cut.FindAll(".account a").Select(a => a.GetAttribute("href")));
        var form = cut.Find("form.sign-out");
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal("sign-out", form.GetAttribute("action"));
        Assert.Equal("sign-out", form.QuerySelector("input[name=_handler]")!.GetAttribute("value"));
    }

    [Fact]
    public void A_visitor_sees_sign_in_and_sign_up()
    {
        Authorization.SetNotAuthorized();

        var cut = Render<MainLayout>();

        Assert.Equal(["sign-in", "sign-up"], cut.FindAll(".account a").Select(a => a.GetAttribute("href")));
        Assert.Empty(cut.FindAll("form.sign-out"));
        Assert.Equal(["", "workers", "gallery"], cut.FindAll("nav a").Select(a => a.GetAttribute("href")));
        Assert.Empty(cut.FindAll("#toasts"));
    }

    [Fact]
    public void A_signed_in_user_has_the_queue_in_the_top_bar_and_a_place_for_notes()
    {
        var cut = Render<MainLayout>();

        Assert.Equal(["", "workers", "gallery", "queue", "prompts", "sweeps", "clips"], cut.FindAll("nav a").Select(a => a.GetAttribute("href")));
        Assert.NotNull(cut.Find("#toasts"));
    }

    [Fact]
    public void The_gallery_link_loads_the_page_fully_so_its_script_runs()
    {
        Authorization.SetNotAuthorized();

        var gallery = Render<MainLayout>().Find("nav a[href=gallery]");

        Assert.Equal("Gallery", gallery.TextContent);
        Assert.Equal("false", gallery.GetAttribute("data-enhance-nav"));
    }

    [Fact]
    public void A_visitor_sent_to_a_protected_page_is_redirected_to_sign_in_and_back()
    {
        Authorization.SetNotAuthorized();
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("/teams/42?tab=members");

        Render<RedirectToSignIn>();

        Assert.Equal("http://localhost/sign-in?returnUrl=%2Fteams%2F42%3Ftab%3Dmembers", navigation.Uri);
    }
}

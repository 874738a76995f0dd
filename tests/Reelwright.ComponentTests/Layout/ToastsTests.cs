using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Reelwright.Web.Components.Layout;
using Reelwright.Web.Studio;
using Xunit;

namespace Reelwright.ComponentTests.Layout;

/// <summary>Notes that tell the user their own clip finished while they were on another page.</summary>
public sealed class ToastsTests : StudioTestContext
{
    private readonly GenerationView _mine = Sample.Queued("a red circle drifting left") with { AuthorId = Sample.User.Id, AuthorName = Sample.User.DisplayName };

    public ToastsTests() => Services.GetRequiredService<NavigationManager>().NavigateTo("/teams");

    [Fact]
    public async Task A_clip_of_mine_that_is_ready_shows_a_note_linking_to_its_review()
    {
        var cut = Render<Toasts>();

        await Updates.PushAsync(_mine.Succeeded());

        var toast = cut.WaitForElement($"#toasts .toast[data-generation-id='{_mine.Id}']");
        Assert.Contains("Your clip “a red circle drifting left” is ready", toast.TextContent);
        var link = toast.QuerySelector(".toast-link")!;
        Assert.Equal($"clips/{_mine.Id}", link.GetAttribute("href"));
        Assert.Equal("Review", link.TextContent);
    }

    [Fact]
    public async Task A_clip_of_mine_that_failed_says_why()
    {
        var cut = Render<Toasts>();

        await Updates.PushAsync(_mine.AtStep(3).Failed("The worker ran out of memory."));

        var toast = cut.WaitForElement(".toast");
        Assert.Contains("Your clip “a red circle drifting left” failed: The worker ran out of memory.", toast.TextContent);
        Assert.Contains("failed", toast.ClassList);
        Assert.Equal($"clips/{_mine.Id}", toast.QuerySelector(".toast-link")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_sweep_cell_of_mine_shows_nothing_as_its_contact_sheet_follows_it()
    {
        var cut = Render<Toasts>();

        await Updates.PushAsync(_mine.Succeeded() with { SweepId = Guid.NewGuid() });
        await Updates.PushAsync(_mine.Succeeded() with { Id = Guid.NewGuid() });

        cut.WaitForElement(".toast");
        Assert.Single(cut.FindAll(".toast"));
    }

    [Fact]
    public async Task Someone_elses_clip_shows_nothing()
    {
        var cut = Render<Toasts>();

        await Updates.PushAsync(_mine.Succeeded() with { AuthorId = Guid.NewGuid(), AuthorName = "Grace Hopper" });

        Assert.Empty(cut.FindAll(".toast"));
    }

    [Fact]
    public async Task Progress_and_cancellation_show_nothing()
    {
        var cut = Render<Toasts>();

        await Updates.PushAsync(_mine.AtStep(5));
        await Updates.PushAsync(_mine with { Status = GenerationStatus.Canceled });

        Assert.Empty(cut.FindAll(".toast"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/?parent=0199a000-0000-7000-8000-0000000000aa")]
    public async Task On_the_workspace_where_the_clip_shows_there_is_no_note(string workspace)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo(workspace);
        var cut = Render<Toasts>();

        await Updates.PushAsync(_mine.Succeeded());

        Assert.Empty(cut.FindAll(".toast"));
    }

    [Fact]
    public async Task Dismissing_a_note_removes_it()
    {
        var cut = Render<Toasts>();
        await Updates.PushAsync(_mine.Succeeded());

        cut.WaitForElement(".toast .toast-dismiss").Click();

        Assert.Empty(cut.FindAll(".toast"));
    }

    [Fact]
    public async Task A_note_hides_itself_after_a_while()
    {
        var cut = Render<Toasts>(p => p.Add(t => t.ShowFor, TimeSpan.FromMilliseconds(50)));
        await Updates.PushAsync(_mine.Succeeded());
        cut.WaitForElement(".toast");

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll(".toast")), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task The_same_finish_pushed_twice_shows_one_note()
    {
        var cut = Render<Toasts>();

        await Updates.PushAsync(_mine.Succeeded());
        await Updates.PushAsync(_mine.Succeeded());

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll(".toast")));
    }

    [Fact]
    public async Task Closing_stops_listening_for_updates()
    {
        Render<Toasts>();
        Assert.Equal(1, Updates.Listeners);

        await DisposeComponentsAsync();

        Assert.Equal(0, Updates.Listeners);
    }
}

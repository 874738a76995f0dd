using Reelwright.Web.Studio;

namespace Reelwright.ComponentTests.Gallery;

/// <summary>Published clips and people as the gallery API would describe them.</summary>
public static class GallerySample
{
    public static UserView Grace { get; } = new(Guid.Parse("0199a000-0000-7000-8000-0000000000b1"), "grace@example.test", "Grace Hopper");

    public static GalleryRecipeView Recipe(string prompt = "a red circle drifting left") =>
        new(prompt, "blur", Sample.Model.Id, Seed: 4242, Steps: 12, Guidance: 2.5, Scheduler: null, Keyframes: null, FramesBetween: null, EndPrompt: null);

    public static GalleryClipView Clip(string title = "Red circle at dusk", UserView? author = null, int likes = 3, bool hideRecipe = false)
    {
        var id = Guid.NewGuid();
        var by = author ?? Grace;
        return new GalleryClipView(id, title, by.Id, by.DisplayName, Sample.Noon, $"/media/{id}/clip.mp4?sig=v1", $"/media/{id}/poster.png?sig=v1",
            $"/media/{id}/preview.gif?sig=v1", DurationSeconds: 2, FrameCount: 16, Fps: 8, Width: 64, Height: 64, likes, LikedByMe: false, RemixCount: 0,
            hideRecipe ? null : Recipe(), RemixOf: null, Remixes: []);
    }
}

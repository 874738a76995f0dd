using Reelwright.Web.Components.Review;
using Xunit;

namespace Reelwright.ComponentTests.Review;

public sealed class PictureBoxTests
{
    [Fact]
    public void A_click_is_normalised_to_the_element_when_the_picture_fills_it() =>
        Assert.Equal((0.25, 0.75), new PictureBox(400, 200, 800, 400).Normalise(100, 150));

    [Fact]
    public void A_letterboxed_picture_is_measured_without_its_bars()
    {
        // A 2:1 video in a square element: the picture is 400 × 200, with 100 px bars above and below.
        var box = new PictureBox(400, 400, 200, 100);

        Assert.Equal((0.5, 0.5), box.Normalise(200, 200));
        Assert.Equal((0.25, 0.25), box.Normalise(100, 150));
    }

    [Fact]
    public void A_click_on_a_bar_lands_on_the_nearest_edge_of_the_picture()
    {
        var box = new PictureBox(400, 400, 200, 100);

        Assert.Equal((0.0, 0.0), box.Normalise(-5, 40));
        Assert.Equal((1.0, 1.0), box.Normalise(410, 390));
    }

    [Fact]
    public void Before_the_video_knows_its_size_the_element_stands_for_the_picture() =>
        Assert.Equal((0.5, 0.25), new PictureBox(400, 400, 0, 0).Normalise(200, 100));
}

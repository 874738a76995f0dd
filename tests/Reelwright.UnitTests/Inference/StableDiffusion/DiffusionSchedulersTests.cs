using Reelwright.Inference.StableDiffusion.Schedulers;
using Xunit;
using static Reelwright.UnitTests.Inference.StableDiffusion.StableDiffusionSchedules;

namespace Reelwright.UnitTests.Inference.StableDiffusion;

public sealed class DiffusionSchedulersTests
{
    [Fact]
    public void Euler_and_lcm_are_offered() => Assert.Equal(["euler", "lcm"], DiffusionSchedulers.Names);

    [Theory]
    [InlineData("euler", typeof(EulerDiscreteScheduler))]
    [InlineData("lcm", typeof(LcmScheduler))]
    public void Each_name_creates_its_scheduler_for_the_asked_steps(string name, Type type)
    {
        var scheduler = DiffusionSchedulers.Create(name, StableDiffusion1(), 4);
        Assert.IsType(type, scheduler);
        Assert.Equal(name, scheduler.Name);
        Assert.Equal(4, scheduler.StepCount);
    }

    [Fact]
    public void An_unknown_name_is_refused_by_name()
    {
        var error = Assert.Throws<ArgumentException>(() => DiffusionSchedulers.Create("dpm++", StableDiffusion1(), 4));
        Assert.Contains("'dpm++'", error.Message);
    }

    [Theory]
    [InlineData("euler", 0)]
    [InlineData("euler", 1001)]
    [InlineData("lcm", 51)]
    public void A_step_count_the_schedule_cannot_give_is_refused(string name, int steps)
    {
        var error = Assert.Throws<ArgumentException>(() => DiffusionSchedulers.Create(name, StableDiffusion1(), steps));
        Assert.Contains(steps.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message);
    }

    [Fact]
    public void A_schedule_with_problems_is_refused()
    {
        Assert.Throws<ArgumentException>(() => DiffusionSchedulers.Create("euler", StableDiffusion1() with { TrainTimesteps = 0 }, 4));
    }
}

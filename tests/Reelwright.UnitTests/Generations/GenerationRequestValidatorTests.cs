using Reelwright.Api.Generations;
using Reelwright.Api.Models;
using Reelwright.Models;
using Xunit;

namespace Reelwright.UnitTests.Generations;

public sealed class GenerationRequestValidatorTests
{
    private static readonly ModelCatalog Catalog = ModelCatalog.Load(Path.Combine(AppContext.BaseDirectory, "models"));
    private static readonly GenerationRequestValidator Validator = new(Catalog, new PromptTokenCounter(Catalog));

    [Fact]
    public void A_prompt_alone_is_enough_since_the_model_supplies_the_rest()
    {
        Assert.Empty(Validator.Validate(new SubmitGenerationRequest("a red ball bouncing")));
    }

    [Fact]
    public void The_limits_themselves_are_allowed()
    {
        Assert.Empty(Validator.Validate(new SubmitGenerationRequest(
            string.Join(' ', Enumerable.Repeat("red", 24)), NegativePrompt: "", Seed: uint.MaxValue, Steps: 100, Guidance: 12)));
        Assert.Empty(Validator.Validate(new SubmitGenerationRequest("a red ball", Seed: 0, Steps: 1, Guidance: 0)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \t ")]
    public void A_missing_or_blank_prompt_is_refused(string? prompt)
    {
        var errors = Validator.Validate(new SubmitGenerationRequest(prompt));

        Assert.Equal(["prompt"], errors.Keys);
        Assert.Contains("empty", errors["prompt"][0]);
    }

    [Fact]
    public void A_prompt_the_model_would_truncate_is_refused_with_the_word_count()
    {
        var errors = Validator.Validate(new SubmitGenerationRequest(string.Join(' ', Enumerable.Repeat("blue", 25))));

        Assert.Equal(["prompt"], errors.Keys);
        Assert.Contains("24 words", errors["prompt"][0]);
        Assert.Contains("has 25", errors["prompt"][0]);
    }

    [Fact]
    public void A_prompt_over_the_character_limit_is_refused_even_with_few_words()
    {
        var errors = Validator.Validate(new SubmitGenerationRequest(new string('a', GenerationRequestValidator.MaxPromptCharacters + 1)));

        Assert.Equal(["prompt"], errors.Keys);
    }

    [Theory]
    [InlineData(0, null, "steps")]
    [InlineData(101, null, "steps")]
    [InlineData(null, -0.1, "guidance")]
    [InlineData(null, 12.01, "guidance")]
    [InlineData(null, double.NaN, "guidance")]
    public void Sampler_settings_outside_the_models_limits_are_refused(int? steps, double? guidance, string field)
    {
        var errors = Validator.Validate(new SubmitGenerationRequest("a red ball", Steps: steps, Guidance: guidance));

        Assert.Equal([field], errors.Keys);
    }

    [Theory]
    [InlineData(-1L)]
    [InlineData(4294967296L)]
    public void A_seed_outside_32_bits_is_refused(long seed)
    {
        Assert.Equal(["seed"], Validator.Validate(new SubmitGenerationRequest("a red ball", Seed: seed)).Keys);
    }

    [Fact]
    public void An_unknown_model_is_refused_naming_the_known_ones()
    {
        var errors = Validator.Validate(new SubmitGenerationRequest("a red ball", ModelId: "sora-2"));

        Assert.Equal(["modelId"], errors.Keys);
        Assert.Contains("minisora-shapes", errors["modelId"][0]);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var errors = Validator.Validate(new SubmitGenerationRequest("", Seed: -5, Steps: 0, Guidance: 99));

        Assert.Equal(["guidance", "prompt", "seed", "steps"], errors.Keys.Order());
    }
}

using Reelwright.Web.Studio;

namespace Reelwright.ComponentTests;

/// <summary>Models and generations as the Studio API would describe them.</summary>
public static class Sample
{
    public static ModelView Model { get; } = new(
        Id: "minisora-shapes", DisplayName: "MiniSora Shapes", Pipeline: "minisora", Frames: 16, Width: 64, Height: 64, Fps: 8, MaxPromptTokens: 24,
        DefaultSteps: 20, DefaultGuidance: 1.5, MinSteps: 1, MaxSteps: 100, MinGuidance: 0, MaxGuidance: 12,
        Schedulers: [], DefaultScheduler: null, DefaultKeyframes: null, DefaultFramesBetween: null, MaxKeyframes: null, MaxFramesBetween: null,
        UnavailableReason: null);

    public static ModelView OtherModel { get; } = Model with { Id = "minisora-lines", DisplayName = "MiniSora Lines", DefaultSteps = 30, DefaultGuidance = 3 };

    public static ModelView StableDiffusionModel { get; } = Model with
    {
        Id = "tiny-sd", DisplayName = "Tiny SD", Pipeline = "stable-diffusion", Frames = null, DefaultSteps = 4, DefaultGuidance = 3,
        MaxSteps = 50, MaxGuidance = 20, MaxPromptTokens = 75, Schedulers = ["euler", "lcm"], DefaultScheduler = "euler",
        DefaultKeyframes = 2, DefaultFramesBetween = 2, MaxKeyframes = 8, MaxFramesBetween = 24,
    };

    public static readonly DateTimeOffset Noon = new(2025, 11, 25, 12, 0, 0, TimeSpan.Zero);

    public static UserView User { get; } = new(Guid.Parse("0199a000-0000-7000-8000-000000000001"), "ada@example.test", "Ada Lovelace");

    public const string ApiToken = "rw_session_ada";

    public static AuthSessionView Session { get; } = new(ApiToken, Noon.AddDays(7), User);

    public static AccessTokenView AccessToken(string name) =>
        new(Guid.NewGuid(), name, "Personal", "rw_pat_abc", Noon, ExpiresAt: null, LastUsedAt: null, RevokedAt: null);

    public static TeamMemberView Member(string name, TeamRole role) =>
        new(Guid.NewGuid(), name, $"{name.Split(' ')[0].ToLowerInvariant()}@example.test", role, Noon);

    public static ProjectView Project(string name, TeamRole role, string teamName = "Northern Lights") =>
        new(Guid.NewGuid(), Guid.NewGuid(), teamName, name, role);

    public static GenerationView Queued(string prompt = "a red circle drifting left", long seed = 7, int steps = 20, double guidance = 1.5) =>
        new(Guid.NewGuid(), GenerationStatus.Queued, Model.Id, prompt, NegativePrompt: "", seed, steps, guidance,
            Scheduler: null, Keyframes: null, FramesBetween: null, EndPrompt: null, CurrentStep: 0, TotalSteps: steps, FailureReason: null, WorkerName: null, ExecutionProvider: null, CreatedAt: Noon, StartedAt: null, CompletedAt: null, Clip: null);

    public static GenerationView QueuedFrom(GenerationRecipe recipe) =>
        Queued(recipe.Prompt, recipe.Seed ?? 1234, recipe.Steps, recipe.Guidance) with
        {
            NegativePrompt = recipe.NegativePrompt,
            ModelId = recipe.ModelId,
            Scheduler = recipe.Scheduler,
            Keyframes = recipe.Keyframes,
            FramesBetween = recipe.FramesBetween,
            EndPrompt = recipe.EndPrompt,
            TotalSteps = recipe.Steps * (recipe.Keyframes is { } k ? k + (k - 1) * recipe.FramesBetween!.Value : 1),
        };

    public static GenerationView AtStep(this GenerationView generation, int step) =>
        generation with { Status = GenerationStatus.Running, CurrentStep = step, WorkerName = "worker-1", StartedAt = Noon.AddSeconds(1) };

    public static GenerationView Succeeded(this GenerationView generation) =>
        generation with
        {
            Status = GenerationStatus.Succeeded,
            CurrentStep = generation.TotalSteps,
            CompletedAt = Noon.AddSeconds(5),
            Clip = Clip(generation.Id),
        };

    public static GenerationView Failed(this GenerationView generation, string reason) =>
        generation with { Status = GenerationStatus.Failed, FailureReason = reason, CompletedAt = Noon.AddSeconds(5) };

    public static ClipView Clip(Guid generationId) => new(
        VideoUrl: $"/media/{generationId}/clip.mp4", PosterUrl: $"/media/{generationId}/poster.png", PreviewUrl: $"/media/{generationId}/preview.gif",
        DurationSeconds: 2, FrameCount: 16, Fps: 8, Width: 64, Height: 64, VideoBytes: 12_345,
        VideoSha256: new string('a', 64), FramesSha256: new string('b', 64), InferenceMs: 850, EncodeMs: 40,
        Reproducibility: new ReproducibilityView(new string('c', 64), "1.23.0", "CPUExecutionProvider", "rectified-flow-euler"));

    public static CommentView Comment(Guid generationId, string body, int startFrame, int? endFrame = null, string author = "Grace Hopper") => new(
        Guid.NewGuid(), generationId, ParentId: null, AuthorId: Guid.NewGuid(), author, startFrame, endFrame ?? startFrame, X: null, Y: null, body,
        CreatedAt: Noon, ResolvedAt: null, ResolvedBy: null,
        new CommentRecipeView(Model.Id, "a red circle drifting left", "", 7, 20, 1.5, null, null, null, null));

    public static UserView Admin { get; } = User with { IsAdmin = true };

    /// <summary>A job waiting in the queue, by default the signed-in user's.</summary>
    public static QueuedJobView Waiting(GenerationView generation, int position, int positionForModel, int? etaSeconds, bool held = false,
        UserView? author = null) =>
        new(generation.Id, (author ?? User).Id, (author ?? User).DisplayName, generation.ModelId, generation.Prompt, "Interactive",
            position, positionForModel, etaSeconds, held, MovedToFront: false, generation.CreatedAt);
}

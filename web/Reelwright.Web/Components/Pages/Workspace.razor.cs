using Microsoft.AspNetCore.Components;
using Reelwright.Web.Components.Review;
using Reelwright.Web.Studio;

namespace Reelwright.Web.Components.Pages;

/// <summary>
/// The prompt-to-clip loop: submit a recipe, follow its progress live, play the result, and recall any earlier
/// recipe from the history strip. With a project picked, new clips go into it and the history shows only its clips.
/// Opened with ?parent={id} (from a clip's review page), the form starts from that clip's recipe and the next clip
/// becomes its new version; with &amp;note={commentId} too, the note being answered is shown beside the form.
/// Opened with ?open={id}, the form holds that clip's exact recipe (and prompt version), ready to generate it again.
/// Opened with ?remix={id} (from a public clip page), the form holds that published clip's recipe and the next clip
/// is recorded as its remix.
/// </summary>
public partial class Workspace
{
    private static readonly TimeSpan PlaceRefreshInterval = TimeSpan.FromSeconds(5);

    private readonly WorkspaceForm _form = new();
    private readonly SubmissionKey _submissionKey = new();
    private IReadOnlyList<ModelView> _models = [];
    private IReadOnlyList<ProjectView> _projects = [];
    private IReadOnlyDictionary<string, string[]> _errors = new Dictionary<string, string[]>();
    private List<GenerationView> _history = [];
    private string? _nextCursor;
    private Guid? _selectedId;
    private bool _submitting;
    private Exception? _loadError;
    private GenerationView? _parent;
    private PromptView? _prompt;
    private ShotView? _parentShot;
    private CommentView? _note;
    private GalleryClipView? _remixOf;
    private IReadOnlyDictionary<Guid, QueuedJobView> _places = new Dictionary<Guid, QueuedJobView>();
    private bool _placing;
    // Canceled, never disposed: a queue read already under way may still read its token.
    private readonly CancellationTokenSource _closing = new();

    [SupplyParameterFromQuery(Name = "parent")] public Guid? ParentId { get; set; }

    [SupplyParameterFromQuery(Name = "note")] public Guid? NoteId { get; set; }

    /// <summary>A prompt to open (with <see cref="VersionQuery"/>, that version; else its latest): Generate then links clips to it.</summary>
    [SupplyParameterFromQuery(Name = "prompt")] public Guid? PromptQueryId { get; set; }

    [SupplyParameterFromQuery(Name = "version")] public int? VersionQuery { get; set; }

    /// <summary>A clip whose recipe to restore exactly ("Open in workspace"): its project, its prompt version, its seed.</summary>
    [SupplyParameterFromQuery(Name = "open")] public Guid? OpenId { get; set; }

    /// <summary>A published clip to remix: its recipe fills the form, and clips made from it name it as their source.</summary>
    [SupplyParameterFromQuery(Name = "remix")] public Guid? RemixId { get; set; }

    [Inject] public required IStudioApi Api { get; init; }

    [Inject] public required IGenerationUpdates Updates { get; init; }

    private GenerationView? Selected => _history.FirstOrDefault(g => g.Id == _selectedId);

    private List<GenerationView> ActiveJobs => _history.Where(g => g.IsActive && g.Id != _selectedId).ToList();

    private bool AnyQueued => _history.Any(g => g.Status == GenerationStatus.Queued);

    protected override async Task OnInitializedAsync()
    {
        // Only a live circuit listens: the prerendered copy is thrown away, and its hub connection with it.
        if (RendererInfo.IsInteractive)
        {
            Updates.Updated += OnGenerationUpdatedAsync;
            Updates.Reconnected += OnReconnectedAsync;
        }
        try
        {
            _models = await Api.GetModelsAsync();
            if (_models.Count > 0)
                _form.ApplyDefaults(_models[0]);
            // Only projects the user may add clips to can be picked; the API would refuse the others.
            _projects = [.. (await Api.GetMeAsync()).Projects.Where(p => p.Role.CanEdit())];
            if (ParentId is { } parentId)
                await LoadParentAsync(parentId);
            else if (OpenId is { } openId)
                await OpenAsync(openId);
            else if (RemixId is { } remixId)
                await RemixAsync(remixId);
            else if (PromptQueryId is { } promptId)
                await OpenPromptAsync(promptId, VersionQuery);
            if (_form.PromptId is { } attached && _prompt?.Id != attached)
                _prompt = await Api.GetPromptAsync(attached);
            await LoadHistoryAsync();
        }
        catch (Exception e) when (StudioApiErrors.IsReportable(e))
        {
            _loadError = e;
        }
        await LoadPlacesAsync();
        if (RendererInfo.IsInteractive)
            _ = RefreshPlacesWhileOpenAsync();
    }

    private async Task LoadParentAsync(Guid parentId)
    {
        var parent = await Api.GetGenerationAsync(parentId);
        _form.Load(parent.Recipe);
        // The API keeps a shot within one project, so the new version goes where its parent is.
        _form.ProjectId = parent.ProjectId;
        _form.ParentGenerationId = parent.Id;
        _parent = parent;
        _parentShot = parent.ShotId is { } shotId ? await Api.GetShotAsync(shotId) : null;
        if (NoteId is { } noteId)
            _note = (await Api.GetCommentsAsync(parentId)).FirstOrDefault(c => c.Id == noteId);
    }

    private async Task OpenAsync(Guid generationId)
    {
        var clip = await Api.GetGenerationAsync(generationId);
        _form.Load(clip.Recipe);
        // Only a project the user may add clips to can be picked; elsewhere the form keeps their own default.
        if (_projects.Any(p => p.Id == clip.ProjectId))
            _form.ProjectId = clip.ProjectId;
    }

    /// <summary>A clip no longer published, or with its recipe hidden, cannot be remixed: the form says so and stays as it was.</summary>
    private async Task RemixAsync(Guid clipId)
    {
        GalleryClipView clip;
        try
        {
            clip = await Api.GetGalleryClipAsync(clipId);
        }
        catch (StudioProblemException e)
        {
            _errors = e.Errors;
            return;
        }
        if (clip.Recipe is not { } recipe)
        {
            _errors = new Dictionary<string, string[]> { [""] = [$"\"{clip.Title}\" keeps its recipe hidden, so it cannot be remixed."] };
            return;
        }
        _form.Load(recipe.ToGenerationRecipe());
        _form.RemixOfId = clip.Id;
        _remixOf = clip;
    }

    private async Task OpenPromptAsync(Guid promptId, int? number)
    {
        _prompt = await Api.GetPromptAsync(promptId);
        var version = (number is { } n ? _prompt.Version(n) : null) ?? _prompt.Latest!;
        if (_models.FirstOrDefault(m => m.Id == version.ModelId) is { } model)
            _form.ApplyDefaults(model);
        _form.Prompt = version.Text;
        _form.NegativePrompt = version.NegativeText;
        _form.Seed = version.Seed?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";
        _form.Steps = version.Steps ?? _form.Steps;
        _form.Guidance = version.Guidance ?? _form.Guidance;
        if (_projects.Any(p => p.Id == _prompt.ProjectId))
            _form.ProjectId = _prompt.ProjectId;
        (_form.PromptId, _form.PromptVersion) = (_prompt.Id, version.Number);
    }

    /// <summary>The form as a new version of its prompt, branched from the version it was opened from.</summary>
    private async Task SaveVersionAsync(string message)
    {
        if (_prompt is null)
            return;
        if (RecipeOrSeedError() is not { } recipe)
            return;
        var parent = _form.PromptVersion is { } number ? _prompt.Version(number) : null;
        var draft = new PromptVersionDraft(recipe.Prompt, recipe.NegativePrompt, message, parent?.Number, parent?.Variables, recipe.ModelId, recipe.Seed, recipe.Steps, recipe.Guidance);
        await SubmittingAsync(async () =>
        {
            var saved = await Api.SavePromptVersionAsync(_prompt.Id, draft);
            _errors = saved.Errors;
            if (saved.Version is { } version)
            {
                _prompt = await Api.GetPromptAsync(_prompt.Id);
                _form.PromptVersion = version.Number;
            }
        });
    }

    /// <summary>Starts a prompt in the picked project whose first version is the form, and attaches the form to it.</summary>
    private async Task SaveAsPromptAsync(string name)
    {
        if (_form.ProjectId is not { } projectId)
        {
            _errors = new Dictionary<string, string[]> { [""] = ["Pick a project to keep the prompt in."] };
            return;
        }
        if (RecipeOrSeedError() is not { } recipe)
            return;
        await SubmittingAsync(async () =>
        {
            _prompt = await Api.CreatePromptAsync(projectId, name, new PromptVersionDraft(recipe.Prompt, recipe.NegativePrompt, null, null, null, recipe.ModelId, recipe.Seed, recipe.Steps, recipe.Guidance));
            (_form.PromptId, _form.PromptVersion) = (_prompt.Id, 1);
        });
    }

    private void DetachPrompt()
    {
        _prompt = null;
        (_form.PromptId, _form.PromptVersion) = (null, null);
    }

    /// <summary>
    /// A call the form waits on (Generate, saving a version): the buttons stay disabled meanwhile, and a refusal or
    /// failure lands beside the form; an ended session offers to sign in again.
    /// </summary>
    private async Task SubmittingAsync(Func<Task> call)
    {
        _submitting = true;
        try
        {
            await call();
        }
        catch (StudioProblemException e)
        {
            _errors = e.Errors;
        }
        catch (StudioSessionEndedException e)
        {
            _loadError = e;
        }
        catch (Exception e) when (StudioApiErrors.IsReportable(e))
        {
            _errors = new Dictionary<string, string[]> { [""] = [StudioApiErrors.Describe(e)] };
        }
        finally
        {
            _submitting = false;
        }
    }

    private void ClearParent()
    {
        _parent = null;
        _parentShot = null;
        _note = null;
        _form.ParentGenerationId = null;
    }

    private void ClearRemix()
    {
        _remixOf = null;
        _form.RemixOfId = null;
    }

    /// <summary>"v2 of <shot>", or the prompt of a clip that is in no shot yet (its first new version starts one).</summary>
    private string ParentLabel(GenerationView parent) =>
        parent.ShotVersion is { } version && _parentShot is { } shot ? $"v{version} of {shot.Name}" : $"\"{parent.Prompt}\"";

    private string NoteFrames(CommentView note) =>
        _parent?.Clip is { } clip ? new FrameClock(clip.Fps, clip.FrameCount).Span(note.StartFrame, note.EndFrame) : $"frame {note.StartFrame + 1}";

    private async Task LoadHistoryAsync()
    {
        var page = await Api.GetHistoryAsync(projectId: _form.ProjectId);
        _history = [.. page.Items];
        _nextCursor = page.NextCursor;
        _selectedId = null;
    }

    /// <summary>The form's recipe, or null with the seed field's complaint shown when the seed is not a whole number.</summary>
    private GenerationRecipe? RecipeOrSeedError()
    {
        var recipe = _form.ToRecipe(out var seedError);
        if (recipe is null)
            _errors = new Dictionary<string, string[]> { ["seed"] = [seedError!] };
        return recipe;
    }

    private async Task GenerateAsync()
    {
        if (RecipeOrSeedError() is not { } recipe)
            return;

        await SubmittingAsync(async () =>
        {
            var result = await Api.SubmitAsync(recipe, _submissionKey.For(recipe));
            _errors = result.Errors;
            if (result.Generation is { } accepted)
            {
                _submissionKey.Accepted();
                Upsert(accepted);
                await FollowPromptVersionAsync(accepted);
                _selectedId = accepted.Id;
                await LoadPlacesAsync();
            }
        });
    }

    /// <summary>A Generate from a changed form saved a new version: the form now holds that one.</summary>
    private async Task FollowPromptVersionAsync(GenerationView accepted)
    {
        if (_prompt is null || accepted.PromptVersion is not { } version || version == _form.PromptVersion)
            return;
        _form.PromptVersion = version;
        _prompt = await Api.GetPromptAsync(_prompt.Id);
    }

    private async Task CancelAsync(GenerationView generation)
    {
        try
        {
            Upsert(await Api.CancelAsync(generation.Id));
        }
        catch (Exception e) when (StudioApiErrors.IsReportable(e))
        {
            _loadError = e;
        }
    }

    private async Task SelectAsync(GenerationView generation)
    {
        _selectedId = generation.Id;
        _form.Load(generation.Recipe);
        _errors = new Dictionary<string, string[]>();
        // The clip's recipe brings the prompt version it came from, if any.
        if (_form.PromptId is not { } promptId)
            _prompt = null;
        else if (_prompt?.Id != promptId)
            await SubmittingAsync(async () => _prompt = await Api.GetPromptAsync(promptId));
    }

    private void ChangeModel(string modelId)
    {
        if (_models.FirstOrDefault(m => m.Id == modelId) is { } model)
            _form.ApplyDefaults(model);
    }

    private async Task ChangeProjectAsync(Guid? projectId)
    {
        _form.ProjectId = projectId;
        try
        {
            await LoadHistoryAsync();
            _loadError = null;
        }
        catch (Exception e) when (StudioApiErrors.IsReportable(e))
        {
            _loadError = e;
        }
    }

    private async Task LoadMoreAsync()
    {
        try
        {
            var page = await Api.GetHistoryAsync(_nextCursor, projectId: _form.ProjectId);
            _history.AddRange(page.Items.Where(g => _history.All(h => h.Id != g.Id)));
            _nextCursor = page.NextCursor;
            _loadError = null;
        }
        catch (Exception e) when (StudioApiErrors.IsReportable(e))
        {
            _loadError = e;
        }
    }

    private Task OnGenerationUpdatedAsync(GenerationView generation) =>
        InvokeAsync(async () =>
        {
            if (IsShown(generation))
            {
                Upsert(generation);
                StateHasChanged();
            }
            // Any job arriving, starting or ending (in this project or not) moves the user's jobs up the line.
            if (generation.MovesTheQueue)
            {
                await LoadPlacesAsync();
                StateHasChanged();
            }
        });

    /// <summary>Each of the user's queued jobs' place in line and estimated wait, while any is queued.</summary>
    private async Task LoadPlacesAsync()
    {
        if (!AnyQueued)
        {
            _places = new Dictionary<Guid, QueuedJobView>();
            return;
        }
        // A read under way will show the same line; a second one would only double the calls.
        if (_placing)
            return;
        _placing = true;
        try
        {
            _places = (await Api.GetMyQueueAsync(_closing.Token)).Jobs.ToDictionary(j => j.GenerationId);
        }
        catch (Exception e) when (e is StudioProblemException || StudioApiErrors.IsReportable(e))
        {
            // The place is a nicety: without it a job reads plain "Queued", and the page's own calls report the failure.
            _places = new Dictionary<Guid, QueuedJobView>();
        }
        finally
        {
            _placing = false;
        }
    }

    private async Task RefreshPlacesWhileOpenAsync()
    {
        using var timer = new PeriodicTimer(PlaceRefreshInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(_closing.Token))
                await InvokeAsync(async () =>
                {
                    if (!AnyQueued)
                        return;
                    await LoadPlacesAsync();
                    StateHasChanged();
                });
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>Only the user's own jobs still waiting for a worker have a place; others read plain "Queued".</summary>
    private QueuedJobView? PlaceOf(GenerationView generation) =>
        generation.Status == GenerationStatus.Queued ? _places.GetValueOrDefault(generation.Id) : null;

    /// <summary>The hub pushes everything the user may see; the history shows only the picked project's clips.</summary>
    private bool IsShown(GenerationView generation) =>
        _form.ProjectId is not { } project || generation.ProjectId == project;

    /// <summary>Updates may have been missed while disconnected: merge the newest page in, keeping older pages already shown.</summary>
    private Task OnReconnectedAsync() =>
        InvokeAsync(async () =>
        {
            try
            {
                var page = await Api.GetHistoryAsync(projectId: _form.ProjectId);
                foreach (var generation in page.Items.Reverse())
                    Upsert(generation);
                _loadError = null;
            }
            catch (Exception e) when (StudioApiErrors.IsReportable(e))
            {
                _loadError = e;
            }
            await LoadPlacesAsync();
            StateHasChanged();
        });

    /// <summary>Replaces the generation in the history, or puts it first when new; stale updates never win.</summary>
    private void Upsert(GenerationView generation)
    {
        var index = _history.FindIndex(g => g.Id == generation.Id);
        if (index < 0)
            _history.Insert(0, generation);
        else if (!generation.IsBehind(_history[index]))
            _history[index] = generation;
    }

    public ValueTask DisposeAsync()
    {
        Updates.Updated -= OnGenerationUpdatedAsync;
        Updates.Reconnected -= OnReconnectedAsync;
        _closing.Cancel();
        return ValueTask.CompletedTask;
    }
}

using Microsoft.AspNetCore.Components;
using Reelwright.Web.Studio;

namespace Reelwright.Web.Components.Pages;

/// <summary>
/// Where the user's waiting jobs stand in line and how long they may wait; for administrators also the whole queue,
/// with pausing (everything or one person's jobs), resuming, moving a job to the front and canceling. Refreshed every
/// few seconds while open and whenever a job arrives, starts or ends.
/// </summary>
public partial class Queue
{
    private static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(3);
    private const string MySection = "mine";
    private const string AllSection = "all";

    private readonly ApiCallErrors _load = new();
    private readonly ApiCallErrors _action = new();
    // Canceled, never disposed: a refresh already under way may still read its token, and without a timer it holds nothing.
    private readonly CancellationTokenSource _closing = new();
    private QueueView _mine = QueueView.Empty;
    private QueueView? _all;
    private bool? _isAdmin;
    private string? _actedIn;
    private bool _refreshing;

    [Inject] public required IStudioApi Api { get; init; }

    [Inject] public required IGenerationUpdates Updates { get; init; }

    private bool IsPaused => _all?.Paused ?? _mine.Paused;

    protected override async Task OnInitializedAsync()
    {
        await LoadAsync();
        // Only a live circuit listens: the prerendered copy is thrown away.
        if (RendererInfo.IsInteractive)
        {
            Updates.Updated += OnGenerationUpdatedAsync;
            Updates.Reconnected += OnReconnectedAsync;
            _ = RefreshWhileOpenAsync();
        }
    }

    /// <summary>Whether the user runs the studio is asked once; the whole queue is shown only to them (the API hides it from others).</summary>
    private Task LoadAsync() => _load.TryAsync(async () =>
    {
        _isAdmin ??= (await Api.GetMeAsync(_closing.Token)).User.IsAdmin;
        _mine = await Api.GetMyQueueAsync(_closing.Token);
        _all = _isAdmin == true ? await Api.GetQueueAsync(_closing.Token) : null;
    });

    private async Task RefreshWhileOpenAsync()
    {
        using var timer = new PeriodicTimer(RefreshInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(_closing.Token))
                await InvokeAsync(RefreshAsync);
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>A refresh asked for while one is under way is dropped: the one under way will show the same line.</summary>
    private async Task RefreshAsync()
    {
        if (_refreshing || _closing.IsCancellationRequested)
            return;
        _refreshing = true;
        try
        {
            await LoadAsync();
        }
        finally
        {
            _refreshing = false;
        }
        StateHasChanged();
    }

    private Task OnGenerationUpdatedAsync(GenerationView generation) =>
        generation.MovesTheQueue ? InvokeAsync(RefreshAsync) : Task.CompletedTask;

    private Task OnReconnectedAsync() => InvokeAsync(RefreshAsync);

    private Task CancelAsync(QueuedJobView job, string section) => ActAsync(section, () => Api.CancelAsync(job.GenerationId, _closing.Token));

    private Task MoveToFrontAsync(QueuedJobView job) => ActAsync(AllSection, () => Api.MoveToFrontAsync(job.GenerationId, _closing.Token));

    /// <summary>One person's jobs, or with no person the whole queue.</summary>
    private Task PauseAsync(Guid? userId) => ActAsync(AllSection, () => Api.PauseQueueAsync(userId, _closing.Token));

    private Task ResumeAsync(Guid? userId) => ActAsync(AllSection, () => Api.ResumeQueueAsync(userId, _closing.Token));

    /// <summary>
    /// Reloads after a refusal too: a 409 means the line moved on (the job started), and the reason stays shown above
    /// the table, where it survives the job's row leaving.
    /// </summary>
    private async Task ActAsync(string section, Func<Task> call)
    {
        _actedIn = section;
        await _action.TryAsync(call);
        await LoadAsync();
    }

    private static string AuthorOf(QueuedJobView job) => job.AuthorName ?? "this person";

    public ValueTask DisposeAsync()
    {
        Updates.Updated -= OnGenerationUpdatedAsync;
        Updates.Reconnected -= OnReconnectedAsync;
        _closing.Cancel();
        return ValueTask.CompletedTask;
    }
}

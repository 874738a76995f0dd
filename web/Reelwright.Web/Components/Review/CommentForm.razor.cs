using System.Globalization;
using Microsoft.AspNetCore.Components;
using Reelwright.Web.Studio;

namespace Reelwright.Web.Components.Review;

/// <summary>
/// Writes a comment on the frame the player shows, optionally to a later frame and at a point picked on the picture.
/// The page owns the point and the picking switch, since the player beside the form takes the click.
/// </summary>
public partial class CommentForm
{
    private static readonly string[] FieldNames = ["body", "startFrame", "endFrame", "x", "y"];

    private readonly ApiCallErrors _errors = new();
    private string _body = "";
    private int? _toFrame;
    private bool _posting;

    [Inject] public required IStudioApi Api { get; init; }

    [Parameter, EditorRequired] public required Guid GenerationId { get; set; }

    /// <summary>The 0-based frame the player shows: where the comment starts.</summary>
    [Parameter] public int Frame { get; set; }

    [Parameter, EditorRequired] public required FrameClock Clock { get; set; }

    [Parameter] public FramePoint? Point { get; set; }

    [Parameter] public EventCallback<FramePoint?> PointChanged { get; set; }

    [Parameter] public bool PickingPoint { get; set; }

    [Parameter] public EventCallback<bool> PickingPointChanged { get; set; }

    [Parameter] public EventCallback<CommentView> OnPosted { get; set; }

    private async Task PostAsync()
    {
        if (_posting)
            return;
        _posting = true;
        CommentView? posted = null;
        // "to frame" is typed as the player numbers frames, from 1; the API counts from 0.
        var comment = new NewComment(_body, Frame, _toFrame - 1, Point?.X, Point?.Y);
        try
        {
            if (!await _errors.TryAsync(async () => posted = await Api.AddCommentAsync(GenerationId, comment)))
                return;
        }
        finally
        {
            _posting = false;
        }
        _body = "";
        _toFrame = null;
        await PointChanged.InvokeAsync(null);
        await OnPosted.InvokeAsync(posted!);
    }

    private Task TogglePickingAsync() => PickingPointChanged.InvokeAsync(!PickingPoint);

    private string HasError(string field) => _errors.Fields.ContainsKey(field) ? "true" : "false";

    private static string Fraction(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    private static string Percent(double value) => (value * 100).ToString("0", CultureInfo.InvariantCulture) + "%";
}

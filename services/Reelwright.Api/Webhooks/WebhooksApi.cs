using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Reelwright.Api.Access;
using Reelwright.Api.Accounts;
using Reelwright.Data;
using Reelwright.Data.Projects;
using Reelwright.Data.Teams;
using Reelwright.Data.Webhooks;

namespace Reelwright.Api.Webhooks;

/// <summary>A project's webhooks and their delivery logs. Only owners of the project's team manage them.</summary>
public static class WebhooksApi
{
    public const int DefaultLogSize = 50;
    public const int MaxLogSize = 200;

    public static void MapWebhooksApi(this IEndpointRouteBuilder app)
    {
        var webhooks = app.MapGroup("/api/projects/{projectId:guid}/webhooks").WithTags("Webhooks").RequireAuthorization();
        webhooks.MapPost("/", CreateAsync).WithName("CreateWebhook").WithSummary("Send the project's activity to a URL (owners only)")
            .WithDescription("The response carries the signing secret, which is never shown again.")
            .Produces<CreatedWebhookResponse>(StatusCodes.Status201Created).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        webhooks.MapGet("/", ListAsync).WithName("ListWebhooks").WithSummary("The project's webhooks, disabled ones too, without secrets (owners only)")
            .Produces<List<WebhookResponse>>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        webhooks.MapDelete("/{id:guid}", DisableAsync).WithName("DisableWebhook").WithSummary("Stop a webhook; its pending deliveries fail (owners only)")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        webhooks.MapGet("/{id:guid}/deliveries", DeliveriesAsync).WithName("ListWebhookDeliveries").WithSummary("A webhook's delivery log, newest first (owners only)")
            .Produces<List<WebhookDeliveryResponse>>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        webhooks.MapPost("/{id:guid}/test", PingAsync).WithName("PingWebhook").WithSummary("Send a Ping delivery now (owners only)")
            .WithDescription("A ping carries the project's newest activity entry as a sample, so it is refused with 409 until the project has one, and for a disabled webhook.")
            .Produces<WebhookDeliveryResponse>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<IResult> CreateAsync(
        Guid projectId, CreateWebhookRequest request, HttpContext http, StudioDbContext db, StudioAccess access, TimeProvider clock, CancellationToken ct)
    {
        var (project, refusal) = await OwnedProjectAsync(projectId, db, access, ct);
        if (refusal is not null)
            return refusal;
        var url = request.Url?.Trim();
        var errors = new Dictionary<string, string[]>();
        if (WebhookUrlRules.ProblemWith(url) is { } urlProblem)
            errors["url"] = [urlProblem];
        if (!WebhookEvents.TryNormalise(request.Events, out var events, out var unknown))
            errors["events"] = [$"Unknown events: {string.Join(", ", unknown)}. Choose from {string.Join(", ", WebhookEvents.Subscribable)}, or none for all."];
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);

        var secret = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var webhook = new Webhook
        {
            Id = Guid.CreateVersion7(), ProjectId = project!.Id, TeamId = project.TeamId, Url = url!, Secret = secret, Events = events,
            CreatedBy = http.User.RequiredUserId(), CreatedAt = clock.GetUtcNow(),
        };
        db.Webhooks.Add(webhook);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/projects/{projectId}/webhooks/{webhook.Id}", new CreatedWebhookResponse(WebhookResponse.From(webhook), secret));
    }

    private static async Task<IResult> ListAsync(Guid projectId, StudioDbContext db, StudioAccess access, CancellationToken ct)
    {
        if ((await OwnedProjectAsync(projectId, db, access, ct)).Refusal is { } refusal)
            return refusal;
        var webhooks = await db.Webhooks.AsNoTracking().Where(w => w.ProjectId == projectId).OrderByDescending(w => w.CreatedAt).ToListAsync(ct);
        return TypedResults.Ok(webhooks.Select(WebhookResponse.From).ToList());
    }

    private static async Task<IResult> DisableAsync(Guid projectId, Guid id, StudioDbContext db, StudioAccess access, TimeProvider clock, CancellationToken ct)
    {
        if ((await OwnedProjectAsync(projectId, db, access, ct)).Refusal is { } refusal)
            return refusal;
        var webhook = await db.Webhooks.SingleOrDefaultAsync(w => w.Id == id && w.ProjectId == projectId, ct);
        if (webhook is null)
            return AccessProblems.NotFound("webhook");
        webhook.DisabledAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        // Fails at once what would otherwise sit Pending until its next attempt. Deliveries added by a transaction that
        // read the webhook before this one committed are failed by the sender when it claims them.
        await db.WebhookDeliveries.Where(d => d.WebhookId == id && d.Status == WebhookDeliveryStatus.Pending)
            .ExecuteUpdateAsync(d => d.SetProperty(x => x.Status, WebhookDeliveryStatus.Failed).SetProperty(x => x.LastError, WebhookSender.WebhookDisabled), ct);
        return TypedResults.NoContent();
    }

    private static async Task<IResult> DeliveriesAsync(Guid projectId, Guid id, StudioDbContext db, StudioAccess access, CancellationToken ct, int limit = DefaultLogSize)
    {
        if ((await OwnedProjectAsync(projectId, db, access, ct)).Refusal is { } refusal)
            return refusal;
        if (limit is < 1 or > MaxLogSize)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = [$"limit must be between 1 and {MaxLogSize}."] });
        if (!await db.Webhooks.AnyAsync(w => w.Id == id && w.ProjectId == projectId, ct))
            return AccessProblems.NotFound("webhook");
        var deliveries = await db.WebhookDeliveries.AsNoTracking().Where(d => d.WebhookId == id)
            .OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id).Take(limit).ToListAsync(ct);
        return TypedResults.Ok(deliveries.Select(WebhookDeliveryResponse.From).ToList());
    }

    private static async Task<IResult> PingAsync(
        Guid projectId, Guid id, StudioDbContext db, StudioAccess access, WebhookSignal signal, TimeProvider clock, CancellationToken ct)
    {
        if ((await OwnedProjectAsync(projectId, db, access, ct)).Refusal is { } refusal)
            return refusal;
        var webhook = await db.Webhooks.AsNoTracking().SingleOrDefaultAsync(w => w.Id == id && w.ProjectId == projectId, ct);
        if (webhook is null)
            return AccessProblems.NotFound("webhook");
        if (webhook.DisabledAt is not null)
            return Conflict("This webhook is disabled.", "A disabled webhook gets no deliveries; make a new one.");
        // A delivery belongs to an activity entry, so a ping carries the newest one as a sample of what events look like.
        var sample = await db.Activity.AsNoTracking().Where(a => a.ProjectId == projectId).OrderByDescending(a => a.CreatedAt).FirstOrDefaultAsync(ct);
        if (sample is null)
            return Conflict("Nothing has happened in this project yet.", "A ping carries the project's newest activity as a sample; try again once there is some.");

        var now = clock.GetUtcNow();
        var delivery = PendingDelivery.Create(webhook.Id, WebhookEvents.Ping, sample, occurredAt: now, now);
        db.WebhookDeliveries.Add(delivery);
        await db.SaveChangesAsync(ct);
        signal.Notify();
        return TypedResults.Accepted($"/api/projects/{projectId}/webhooks/{id}/deliveries", WebhookDeliveryResponse.From(delivery));
    }

    /// <summary>The project, when the caller owns its team; otherwise why not: 404 outside the team, 403 for other roles.</summary>
    private static async Task<(Project? Project, IResult? Refusal)> OwnedProjectAsync(Guid projectId, StudioDbContext db, StudioAccess access, CancellationToken ct)
    {
        var project = await db.Projects.AsNoTracking().SingleOrDefaultAsync(p => p.Id == projectId, ct);
        if (project is null || await access.RoleInAsync(project.TeamId, ct) is not { } role)
            return (null, AccessProblems.NotFound("project"));
        if (role != TeamRole.Owner)
            return (null, AccessProblems.RoleRequired(TeamRole.Owner, role, "Managing webhooks"));
        return (project, null);
    }

    private static IResult Conflict(string title, string detail) =>
        TypedResults.Problem(title: title, detail: detail, statusCode: StatusCodes.Status409Conflict);
}

using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Reelwright.Data.Accounts;
using Reelwright.Data.Activity;
using Reelwright.Data.Comments;
using Reelwright.Data.Favourites;
using Reelwright.Data.Reviews;
using Reelwright.Data.Scheduling;
using Reelwright.Data.Sharing;
using Reelwright.Data.Shots;
using Reelwright.Data.Sweeps;
using Reelwright.Data.Webhooks;
using Reelwright.Data.Generations;
using Reelwright.Data.Outbox;
using Reelwright.Data.Projects;
using Reelwright.Data.Prompts;
using Reelwright.Data.Secrets;
using Reelwright.Data.Teams;
using Reelwright.Data.Workers;

namespace Reelwright.Data;

/// <summary>The studio's database: Identity's user tables plus teams, projects, generations, the outbox and the fleet.</summary>
public sealed class StudioDbContext(DbContextOptions<StudioDbContext> options) : IdentityUserContext<StudioUser, Guid>(options)
{
    public DbSet<AccessToken> AccessTokens => Set<AccessToken>();
    public DbSet<Team> Teams => Set<Team>();
    public DbSet<TeamMember> TeamMembers => Set<TeamMember>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<Project> Projects => Set<Project>();
    public DbSet<Generation> Generations => Set<Generation>();
    public DbSet<Clip> Clips => Set<Clip>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<WorkerRecord> Workers => Set<WorkerRecord>();
    public DbSet<StudioSecret> Secrets => Set<StudioSecret>();
    public DbSet<Shot> Shots => Set<Shot>();
    public DbSet<Review> Reviews => Set<Review>();
    public DbSet<ReviewerDecision> ReviewDecisions => Set<ReviewerDecision>();
    public DbSet<Comment> Comments => Set<Comment>();
    public DbSet<ActivityEntry> Activity => Set<ActivityEntry>();
    public DbSet<Webhook> Webhooks => Set<Webhook>();
    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();
    public DbSet<QueueHold> QueueHolds => Set<QueueHold>();
    public DbSet<Sweep> Sweeps => Set<Sweep>();
    public DbSet<Prompt> Prompts => Set<Prompt>();
    public DbSet<PromptVersion> PromptVersions => Set<PromptVersion>();
    public DbSet<PromptLabel> PromptLabels => Set<PromptLabel>();
    public DbSet<PromptLabelMove> PromptLabelMoves => Set<PromptLabelMove>();
    public DbSet<Favourite> Favourites => Set<Favourite>();
    public DbSet<Like> Likes => Set<Like>();
    public DbSet<ShareLink> ShareLinks => Set<ShareLink>();
    public DbSet<ShareLinkFailure> ShareLinkFailures => Set<ShareLinkFailure>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // Identity's own mapping first, so the studio's configurations (table names, lengths) refine it.
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(StudioDbContext).Assembly);
    }
}

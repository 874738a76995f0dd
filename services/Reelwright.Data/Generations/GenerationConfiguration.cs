using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Reelwright.Data.Accounts;
using Reelwright.Data.Projects;
using Reelwright.Data.Prompts;
using Reelwright.Data.Shots;
using Reelwright.Data.Sweeps;
using Reelwright.Data.Teams;

namespace Reelwright.Data.Generations;

internal sealed class GenerationConfiguration : IEntityTypeConfiguration<Generation>
{
    public void Configure(EntityTypeBuilder<Generation> builder)
    {
        builder.ToTable("generations");
        builder.HasKey(g => g.Id);
        builder.Property(g => g.IdempotencyKey).HasMaxLength(200);
        // A key is the author's own: two people may pick the same one without seeing each other's generation.
        builder.HasIndex(g => new { g.AuthorId, g.IdempotencyKey }).IsUnique();
        builder.Property(g => g.RequestFingerprint).HasMaxLength(64);
        builder.Property(g => g.ModelId).HasMaxLength(100);
        builder.Property(g => g.Prompt).HasMaxLength(2000);
        builder.Property(g => g.NegativePrompt).HasMaxLength(2000);
        builder.Property(g => g.Scheduler).HasMaxLength(50);
        builder.Property(g => g.EndPrompt).HasMaxLength(2000);
        builder.Property(g => g.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(g => g.Visibility).HasConversion<string>().HasMaxLength(20);
        builder.Property(g => g.Priority).HasConversion<string>().HasMaxLength(20);
        builder.Property(g => g.SweepValues).HasColumnType("jsonb");
        builder.HasOne<Sweep>().WithMany().HasForeignKey(g => g.SweepId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(g => g.SweepId);
        // What the dispatcher reads: the jobs still waiting in the database.
        builder.HasIndex(g => g.CreatedAt).HasFilter("status = 'Queued' AND dispatched_at IS NULL").HasDatabaseName("ix_generations_waiting");
        builder.HasOne<Project>().WithMany().HasForeignKey(g => g.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Team>().WithMany().HasForeignKey(g => g.TeamId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(g => g.Author).WithMany().HasForeignKey(g => g.AuthorId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Shot>().WithMany().HasForeignKey(g => g.ShotId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(g => new { g.ShotId, g.ShotVersion }).IsUnique();
        builder.HasOne<Generation>().WithMany().HasForeignKey(g => g.ParentGenerationId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Prompt>().WithMany().HasForeignKey(g => g.PromptId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(g => new { g.PromptId, g.PromptVersion });
        builder.HasOne<Generation>().WithMany().HasForeignKey(g => g.RerunOfId).OnDelete(DeleteBehavior.SetNull);
        // A person's clips, newest first (the clip library, a profile).
        builder.HasIndex(g => new { g.AuthorId, g.CreatedAt, g.Id }).IsDescending(false, true, true);
        builder.Property(g => g.Title).HasMaxLength(200);
        builder.HasOne<Generation>().WithMany().HasForeignKey(g => g.RemixOfId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(g => g.RemixOfId);
        // The public gallery, newest first: only published clips are in the index.
        builder.HasIndex(g => new { g.PublishedAt, g.Id }).IsDescending().HasFilter("published_at IS NOT NULL").HasDatabaseName("ix_generations_gallery");
        // A project's history, newest first.
        builder.HasIndex(g => new { g.ProjectId, g.CreatedAt, g.Id }).IsDescending(false, true, true);
        builder.Property(g => g.FailureReason).HasMaxLength(2000);
        builder.Property(g => g.WorkerName).HasMaxLength(200);
        builder.Property(g => g.ExecutionProvider).HasMaxLength(50);

        // History is read newest first, page by page: (created_at, id) is the keyset.
        builder.HasIndex(g => new { g.CreatedAt, g.Id }).IsDescending();

        builder.HasOne(g => g.Clip).WithOne().HasForeignKey<Clip>(c => c.GenerationId);
    }
}

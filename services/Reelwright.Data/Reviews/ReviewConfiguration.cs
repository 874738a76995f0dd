using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Reelwright.Data.Accounts;
using Reelwright.Data.Generations;

namespace Reelwright.Data.Reviews;

internal sealed class ReviewConfiguration : IEntityTypeConfiguration<Review>, IEntityTypeConfiguration<ReviewerDecision>
{
    public void Configure(EntityTypeBuilder<Review> builder)
    {
        builder.ToTable("reviews");
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => new { r.GenerationId, r.RequestedAt });
        builder.HasIndex(r => r.ShotId);
        builder.HasOne<Generation>().WithMany().HasForeignKey(r => r.GenerationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Reviewers).WithOne().HasForeignKey(d => d.ReviewId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<ReviewerDecision> builder)
    {
        builder.ToTable("review_decisions");
        builder.HasKey(d => new { d.ReviewId, d.UserId });
        builder.Property(d => d.Decision).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Note).HasMaxLength(2000);
        builder.HasOne<StudioUser>().WithMany().HasForeignKey(d => d.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

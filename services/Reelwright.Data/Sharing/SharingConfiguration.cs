using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Reelwright.Data.Accounts;
using Reelwright.Data.Generations;
using Reelwright.Data.Projects;
using Reelwright.Data.Shots;

namespace Reelwright.Data.Sharing;

internal sealed class SharingConfiguration :
    IEntityTypeConfiguration<Like>, IEntityTypeConfiguration<ShareLink>, IEntityTypeConfiguration<ShareLinkFailure>
{
    public void Configure(EntityTypeBuilder<Like> builder)
    {
        builder.ToTable("likes");
        // One like per account and clip, however many requests race.
        builder.HasKey(l => new { l.GenerationId, l.UserId });
        // "Most liked this week" counts the week's likes.
        builder.HasIndex(l => l.CreatedAt);
        builder.HasOne<Generation>().WithMany().HasForeignKey(l => l.GenerationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<StudioUser>().WithMany().HasForeignKey(l => l.UserId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<ShareLink> builder)
    {
        builder.ToTable("share_links", table => table.HasCheckConstraint("ck_share_links_one_target", "(generation_id IS NULL) <> (shot_id IS NULL)"));
        builder.HasKey(l => l.Id);
        builder.Property(l => l.TokenHash).HasMaxLength(64);
        builder.HasIndex(l => l.TokenHash).IsUnique();
        builder.Property(l => l.PassphraseHash).HasMaxLength(200);
        builder.HasIndex(l => l.GenerationId);
        builder.HasIndex(l => l.ShotId);
        builder.HasOne<Generation>().WithMany().HasForeignKey(l => l.GenerationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Shot>().WithMany().HasForeignKey(l => l.ShotId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Project>().WithMany().HasForeignKey(l => l.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<ShareLinkFailure> builder)
    {
        builder.ToTable("share_link_failures");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.ClientAddress).HasMaxLength(64);
        builder.HasIndex(f => new { f.ShareLinkId, f.At });
        builder.HasIndex(f => new { f.ClientAddress, f.At });
        builder.HasOne<ShareLink>().WithMany().HasForeignKey(f => f.ShareLinkId).OnDelete(DeleteBehavior.Cascade);
    }
}

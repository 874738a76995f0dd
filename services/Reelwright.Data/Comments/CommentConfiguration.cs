using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Reelwright.Data.Accounts;
using Reelwright.Data.Generations;

namespace Reelwright.Data.Comments;

internal sealed class CommentConfiguration : IEntityTypeConfiguration<Comment>
{
    public void Configure(EntityTypeBuilder<Comment> builder)
    {
        builder.ToTable("comments");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Body).HasMaxLength(4000);
        builder.HasIndex(c => new { c.GenerationId, c.CreatedAt });
        builder.HasOne<Generation>().WithMany().HasForeignKey(c => c.GenerationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Comment>().WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<StudioUser>().WithMany().HasForeignKey(c => c.AuthorId).OnDelete(DeleteBehavior.Cascade);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_comments_frames", "start_frame >= 0 AND end_frame >= start_frame");
            t.HasCheckConstraint("ck_comments_point", "(x IS NULL AND y IS NULL) OR (x BETWEEN 0 AND 1 AND y BETWEEN 0 AND 1)");
        });
    }
}

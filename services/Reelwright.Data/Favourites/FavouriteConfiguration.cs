using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Reelwright.Data.Accounts;

namespace Reelwright.Data.Favourites;

internal sealed class FavouriteConfiguration : IEntityTypeConfiguration<Favourite>
{
    public void Configure(EntityTypeBuilder<Favourite> builder)
    {
        builder.ToTable("favourites");
        // One star per person and thing: starring twice is the same star.
        builder.HasKey(f => new { f.UserId, f.Kind, f.TargetId });
        builder.Property(f => f.Kind).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<StudioUser>().WithMany().HasForeignKey(f => f.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

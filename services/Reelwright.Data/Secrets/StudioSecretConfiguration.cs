using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Reelwright.Data.Secrets;

internal sealed class StudioSecretConfiguration : IEntityTypeConfiguration<StudioSecret>
{
    public void Configure(EntityTypeBuilder<StudioSecret> builder)
    {
        builder.ToTable("secrets");
        builder.HasKey(s => s.Name);
        builder.Property(s => s.Name).HasMaxLength(100);
    }
}

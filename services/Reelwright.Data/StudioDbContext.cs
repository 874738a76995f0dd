using Microsoft.EntityFrameworkCore;
using Reelwright.Data.Generations;
using Reelwright.Data.Outbox;

namespace Reelwright.Data;

public sealed class StudioDbContext(DbContextOptions<StudioDbContext> options) : DbContext(options)
{
    public DbSet<Generation> Generations => Set<Generation>();
    public DbSet<Clip> Clips => Set<Clip>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(StudioDbContext).Assembly);
}

using Microsoft.EntityFrameworkCore;
using Reelwright.Data.Generations;
using Reelwright.Data.Outbox;
using Reelwright.Data.Workers;

namespace Reelwright.Data;

public sealed class StudioDbContext(DbContextOptions<StudioDbContext> options) : DbContext(options)
{
    public DbSet<Generation> Generations => Set<Generation>();
    public DbSet<Clip> Clips => Set<Clip>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<WorkerRecord> Workers => Set<WorkerRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(StudioDbContext).Assembly);
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reelwright.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddFairScheduling : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "is_admin",
                table: "users",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<double>(
                name: "scheduling_weight",
                table: "teams",
                type: "double precision",
                nullable: false,
                defaultValue: 1.0);

            migrationBuilder.AddColumn<int>(
                name: "dispatch_count",
                table: "generations",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "dispatched_at",
                table: "generations",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "moved_to_front_at",
                table: "generations",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "priority",
                table: "generations",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "queue_holds",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_by = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_queue_holds", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_generations_waiting",
                table: "generations",
                column: "created_at",
                filter: "status = 'Queued' AND dispatched_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_queue_holds_user_id",
                table: "queue_holds",
                column: "user_id",
                unique: true)
                .Annotation("Npgsql:NullsDistinct", false);

            // Jobs accepted before the dispatcher existed are already in the workers' queues: mark them released.
            migrationBuilder.Sql("UPDATE generations SET dispatched_at = created_at, dispatch_count = 1 WHERE status IN ('Queued', 'Running');");
            // Whoever set the studio up (the oldest account) runs it.
            migrationBuilder.Sql("UPDATE users SET is_admin = true WHERE id = (SELECT id FROM users ORDER BY created_at LIMIT 1);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "queue_holds");

            migrationBuilder.DropIndex(
                name: "ix_generations_waiting",
                table: "generations");

            migrationBuilder.DropColumn(
                name: "is_admin",
                table: "users");

            migrationBuilder.DropColumn(
                name: "scheduling_weight",
                table: "teams");

            migrationBuilder.DropColumn(
                name: "dispatch_count",
                table: "generations");

            migrationBuilder.DropColumn(
                name: "dispatched_at",
                table: "generations");

            migrationBuilder.DropColumn(
                name: "moved_to_front_at",
                table: "generations");

            migrationBuilder.DropColumn(
                name: "priority",
                table: "generations");
        }
    }
}

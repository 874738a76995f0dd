using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reelwright.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddSweeps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "sweep_id",
                table: "generations",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "sweep_values",
                table: "generations",
                type: "jsonb",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "sweeps",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    project_id = table.Column<Guid>(type: "uuid", nullable: false),
                    team_id = table.Column<Guid>(type: "uuid", nullable: false),
                    author_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    definition = table.Column<string>(type: "jsonb", nullable: false),
                    axes = table.Column<List<string>>(type: "text[]", nullable: false),
                    cell_count = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    canceled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sweeps", x => x.id);
                    table.ForeignKey(
                        name: "fk_sweeps_projects_project_id",
                        column: x => x.project_id,
                        principalTable: "projects",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_generations_sweep_id",
                table: "generations",
                column: "sweep_id");

            migrationBuilder.CreateIndex(
                name: "ix_sweeps_project_id_created_at",
                table: "sweeps",
                columns: new[] { "project_id", "created_at" });

            migrationBuilder.AddForeignKey(
                name: "fk_generations_sweeps_sweep_id",
                table: "generations",
                column: "sweep_id",
                principalTable: "sweeps",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_generations_sweeps_sweep_id",
                table: "generations");

            migrationBuilder.DropTable(
                name: "sweeps");

            migrationBuilder.DropIndex(
                name: "ix_generations_sweep_id",
                table: "generations");

            migrationBuilder.DropColumn(
                name: "sweep_id",
                table: "generations");

            migrationBuilder.DropColumn(
                name: "sweep_values",
                table: "generations");
        }
    }
}

using System.Text.Json.Nodes;

namespace NotebookRunner;

/// <summary>
/// Jupyter's notebook format 4.5 gives every cell an id, and front ends use it to keep a cell's
/// place (nbconvert warns without one). dotnet-repl writes its executed copy without them, so the
/// runner gives each executed cell the id of the notebook's own cell at the same place.
/// </summary>
public static class SourceCellIds
{
    public static void CopyTo(JsonNode executed, JsonNode source, string sourceName)
    {
        var executedCells = executed["cells"]!.AsArray();
        var sourceCells = source["cells"]!.AsArray();
        if (executedCells.Count != sourceCells.Count)
        {
            throw new FormatException($"The executed copy of {sourceName} has {executedCells.Count} cells; the notebook has {sourceCells.Count}.");
        }
        for (var i = 0; i < sourceCells.Count; i++)
        {
            var cell = executedCells[i]!.AsObject();
            cell.Remove("id");
            if (sourceCells[i]!["id"] is JsonNode id)
            {
                cell.Insert(Math.Min(1, cell.Count), "id", id.DeepClone());
            }
        }
    }
}

namespace NeuralNetLessons.Images;

/// <summary>
/// Blobs of ink: groups of ink pixels that touch, sideways or diagonally. Used to tell a digit's
/// strokes from specks of dust or noise.
/// </summary>
internal static class InkBlobs
{
    /// <summary>
    /// Sets to 0 every blob of non-zero pixels smaller than <paramref name="share"/> of the largest
    /// blob. <paramref name="pixels"/> is a picture of <paramref name="width"/> x <paramref name="height"/>, row by row.
    /// </summary>
    public static void RemoveSpecks(byte[] pixels, int width, int height, double share)
    {
        // Pass 1 measures every blob, marking its pixels as seen; pass 2 erases the small ones,
        // starting again from their first pixel. No label per pixel is kept, so a photo of tens of
        // megapixels needs no more than a second copy of its ink.
        var seen = new bool[pixels.Length];
        var blobs = new List<(int Start, int Size)>();
        var queue = new Queue<int>();
        for (int i = 0; i < pixels.Length; i++)
        {
            if (pixels[i] != 0 && !seen[i])
            {
                blobs.Add((i, Flood(pixels, width, height, i, queue, index => !seen[index], index => seen[index] = true)));
            }
        }
        if (blobs.Count < 2)
        {
            return;
        }
        int largest = blobs.Max(blob => blob.Size);
        foreach (var (start, size) in blobs.Where(blob => blob.Size < share * largest))
        {
            Flood(pixels, width, height, start, queue, index => pixels[index] != 0, index => pixels[index] = 0);
        }
    }

    /// <summary>Visits the blob holding <paramref name="start"/>: every non-zero pixel reachable through <paramref name="open"/> pixels; returns how many.</summary>
    static int Flood(byte[] pixels, int width, int height, int start, Queue<int> queue, Func<int, bool> open, Action<int> visit)
    {
        int count = 0;
        visit(start);
        queue.Enqueue(start);
        while (queue.TryDequeue(out int index))
        {
            count++;
            int x = index % width, y = index / width;
            for (int dy = -1; dy <= 1; dy++)
            {
                for (int dx = -1; dx <= 1; dx++)
                {
                    int nx = x + dx, ny = y + dy;
                    if ((uint)nx < (uint)width && (uint)ny < (uint)height)
                    {
                        int neighbour = (ny * width) + nx;
                        if (pixels[neighbour] != 0 && open(neighbour))
                        {
                            visit(neighbour);
                            queue.Enqueue(neighbour);
                        }
                    }
                }
            }
        }
        return count;
    }
}

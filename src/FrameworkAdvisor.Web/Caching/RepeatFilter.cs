namespace FrameworkAdvisor.Web.Caching;

/// <summary>
/// Says whether a key was offered before, remembering only a hash per slot in a fixed array: a few kilobytes however
/// many keys pass through. A repeat can be missed when another key took its slot in between (it is then admitted on
/// a later repeat), and two keys with one hash count as a repeat; both only change when something is kept, never what
/// is sent. Racing threads may overwrite each other's slots, with the same harmless outcome.
/// </summary>
internal sealed class RepeatFilter(int slots)
{
    private readonly int[] _hashes = new int[slots];

    /// <summary>True when the key was offered before (and still holds its slot); either way it is remembered now.</summary>
    public bool SeenBefore(string key)
    {
        var hash = StringComparer.Ordinal.GetHashCode(key) | 1; // never 0, the value of an empty slot
        var slot = (int)((uint)hash % (uint)_hashes.Length);
        if (Volatile.Read(ref _hashes[slot]) == hash)
        {
            return true;
        }

        Volatile.Write(ref _hashes[slot], hash);
        return false;
    }
}

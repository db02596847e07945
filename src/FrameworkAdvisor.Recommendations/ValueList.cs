using System.Collections;

namespace FrameworkAdvisor.Recommendations;

/// <summary>
/// A read-only list that compares by its items. Outcomes are records holding lists; with this behind their
/// <see cref="IReadOnlyList{T}"/> properties, two outcomes computed from the same answers are Equal, which is what
/// "deterministic" means to a caller (and to a test).
/// </summary>
internal sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly T[] items;

    public ValueList(IEnumerable<T> items) => this.items = [.. items];

    public static ValueList<T> Empty { get; } = new([]);

    public int Count => items.Length;

    public T this[int index] => items[index];

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool Equals(ValueList<T>? other) => other is not null && items.SequenceEqual(other.items);

    public override bool Equals(object? obj) => obj is ValueList<T> other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>The items, so a failing assertion on an outcome shows what was in it.</summary>
    public override string ToString() => "[" + string.Join(", ", items) + "]";
}

using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;

namespace Monitor.Analysis;

/// <summary>
/// The stories posted in one list of a key (one day's, the undated ones', or all of them), by number,
/// a story once in a row. A struct in its owner's arrays and fields, so a decision walking a day's
/// list reaches the numbers through no object of their own; never copied. Most days of a key have
/// one story: it is kept in the list itself, and an array is made only for a second.
/// </summary>
internal struct PostedStories
{
    private int _only;
    private int[]? _numbers;
    private int _count;

    /// <summary>The numbers as posted; a reader may drop repeats, move the rest to the front and <see cref="Keep"/> them.</summary>
    [UnscopedRef]
    public Span<int> Numbers => _numbers is null ? MemoryMarshal.CreateSpan(ref _only, _count) : _numbers.AsSpan(0, _count);

    public void Post(int story)
    {
        // A story's members often share keys and arrive one after another: post it once in a row.
        if (_count > 0 && Numbers[^1] == story)
        {
            return;
        }
        if (_count == 0 && _numbers is null)
        {
            _only = story;
        }
        else
        {
            if (_numbers is null || _count == _numbers.Length)
            {
                var numbers = new int[Math.Max(4, 2 * _count)];
                Numbers.CopyTo(numbers);
                _numbers = numbers;
            }
            _numbers[_count] = story;
        }
        _count++;
    }

    /// <summary>Keeps the first <paramref name="count"/> numbers, those a reader left after dropping repeats.</summary>
    public void Keep(int count) => _count = count;
}

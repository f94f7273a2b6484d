namespace Monitor.Analysis;

/// <summary>
/// The live stories filed under each key (an article's strongest terms and its entities), as small
/// numbers: counting the keys an article shares with each story is then a walk over arrays of ints
/// and one tally array the size of the live stories, not a visit to every story's object.
/// </summary>
internal sealed class StoryPostings
{
    private readonly Dictionary<int, HashSet<int>> _slotsByKey = [];
    // The story of each slot; a dropped story's slot is given to the next story filed.
    private readonly List<LiveStory?> _stories = [];
    private readonly Stack<int> _free = new();
    private int[] _tally = new int[256];
    private readonly List<int> _touched = [];

    public void File(int key, LiveStory story)
    {
        if (story.Slot < 0)
        {
            story.Slot = _free.Count > 0 ? _free.Pop() : _stories.Count;
            if (story.Slot == _stories.Count)
            {
                _stories.Add(null);
            }
            _stories[story.Slot] = story;
        }
        if (story.PostedKeys.Add(key))
        {
            if (!_slotsByKey.TryGetValue(key, out var slots))
            {
                _slotsByKey.Add(key, slots = []);
            }
            slots.Add(story.Slot);
        }
    }

    /// <summary>Takes the story out of every key it was filed under.</summary>
    public void Remove(LiveStory story)
    {
        if (story.Slot < 0)
        {
            return;
        }
        foreach (var key in story.PostedKeys)
        {
            if (_slotsByKey.TryGetValue(key, out var slots) && slots.Remove(story.Slot) && slots.Count == 0)
            {
                _slotsByKey.Remove(key);
            }
        }
        _stories[story.Slot] = null;
        _free.Push(story.Slot);
        story.Slot = -1;
    }

    /// <summary>
    /// Adds to <paramref name="found"/> the stories filed under at least <paramref name="least"/> of
    /// <paramref name="keys"/>, counting only keys with at most <paramref name="maxStories"/> stories.
    /// </summary>
    public void Sharing(int[] keys, int least, int maxStories, List<LiveStory> found)
    {
        if (_tally.Length < _stories.Count)
        {
            Array.Resize(ref _tally, Math.Max(_stories.Count, 2 * _tally.Length));
        }
        foreach (var key in keys)
        {
            if (_slotsByKey.TryGetValue(key, out var slots) && slots.Count <= maxStories)
            {
                foreach (var slot in slots)
                {
                    if (_tally[slot]++ == 0)
                    {
                        _touched.Add(slot);
                    }
                }
            }
        }
        foreach (var slot in _touched)
        {
            if (_tally[slot] >= least)
            {
                found.Add(_stories[slot]!);
            }
            _tally[slot] = 0;
        }
        _touched.Clear();
    }
}

namespace Monitor.Analysis;

/// <summary>
/// The live stories filed under each key (an article's strongest terms and its entities), as small
/// numbers: counting the keys an article shares with each story is then a walk over arrays of ints and
/// one tally array the size of the live stories, not a visit to every story's object. An article keeps
/// the postings of its keys once found, for it is looked up again when it joins and when the recent
/// window is re-clustered.
/// </summary>
internal sealed class StoryPostings
{
    private readonly Dictionary<int, Posting> _byKey = [];
    // The story of each slot; a dropped story's slot is given to the next story filed.
    private readonly List<LiveStory?> _stories = [];
    private readonly Stack<int> _free = new();
    private int[] _tally = new int[256];
    private readonly List<int> _touched = [];

    /// <summary>
    /// The slots of the stories filed under one key, in a plain array to walk; a slot taken out is
    /// replaced by the last. Gone once it holds none, when a new one takes its place.
    /// </summary>
    internal sealed class Posting
    {
        private int[] _slots = new int[4];

        public int Count { get; private set; }

        public bool Gone { get; set; }

        public ReadOnlySpan<int> Slots => _slots.AsSpan(0, Count);

        /// <summary>Adds a slot; returns where it is.</summary>
        public int Add(int slot)
        {
            if (Count == _slots.Length)
            {
                Array.Resize(ref _slots, 2 * Count);
            }
            _slots[Count] = slot;
            return Count++;
        }

        /// <summary>Takes out the slot at <paramref name="at"/>; returns the slot moved there from the end, or -1.</summary>
        public int RemoveAt(int at)
        {
            Count--;
            if (at == Count)
            {
                return -1;
            }
            _slots[at] = _slots[Count];
            return _slots[at];
        }
    }

    /// <summary>Files the story under every key of the article.</summary>
    public void File(ClusteredArticle article, LiveStory story)
    {
        if (story.Slot < 0)
        {
            story.Slot = _free.Count > 0 ? _free.Pop() : _stories.Count;
            if (story.Slot == _stories.Count)
            {
                _stories.Add(null);
            }
            _stories[story.Slot] = story;
            // Sized once for its first article's keys, most of what a story is filed under.
            story.PostedKeys.EnsureCapacity(article.Keys.Length);
        }
        for (var i = 0; i < article.Keys.Length; i++)
        {
            var key = article.Keys[i];
            if (!story.PostedKeys.ContainsKey(key))
            {
                if (Find(article, i) is not { } posting)
                {
                    _byKey.Add(key, posting = new Posting());
                    article.Postings[i] = posting;
                }
                story.PostedKeys.Add(key, posting.Add(story.Slot));
            }
        }
    }

    /// <summary>Takes the story out of every key it was filed under.</summary>
    public void Remove(LiveStory story)
    {
        if (story.Slot < 0)
        {
            return;
        }
        foreach (var (key, at) in story.PostedKeys)
        {
            var posting = _byKey[key];
            if (posting.RemoveAt(at) is var moved and >= 0)
            {
                _stories[moved]!.PostedKeys[key] = at;
            }
            if (posting.Count == 0)
            {
                _byKey.Remove(key);
                posting.Gone = true;
            }
        }
        _stories[story.Slot] = null;
        _free.Push(story.Slot);
        story.Slot = -1;
    }

    /// <summary>
    /// Adds to <paramref name="found"/> the stories filed under at least <paramref name="least"/> of
    /// the article's keys, counting only keys with at most <paramref name="maxStories"/> stories.
    /// </summary>
    public void Sharing(ClusteredArticle article, int least, int maxStories, List<LiveStory> found)
    {
        if (_tally.Length < _stories.Count)
        {
            Array.Resize(ref _tally, Math.Max(_stories.Count, 2 * _tally.Length));
        }
        for (var i = 0; i < article.Keys.Length; i++)
        {
            if (Find(article, i) is { } posting && posting.Count <= maxStories)
            {
                foreach (var slot in posting.Slots)
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

    /// <summary>The posting of the article's key at <paramref name="index"/>: the one it kept, unless gone since.</summary>
    private Posting? Find(ClusteredArticle article, int index)
    {
        var posting = article.Postings[index];
        if (posting is null || posting.Gone)
        {
            posting = article.Postings[index] = _byKey.GetValueOrDefault(article.Keys[index]);
        }
        return posting;
    }
}

using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Monitor.Grains;

namespace Monitor.Cli.Bench;

/// <summary>A quick profile: the total time Monitor's own histograms recorded while a section ran.</summary>
internal sealed class MeterTotals : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<string, double> _totals = new();

    public MeterTotals()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == MonitorTelemetry.Name && instrument is Histogram<double>)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<double>((instrument, value, _, _) => _totals.AddOrUpdate(instrument.Name, value, (_, total) => total + value));
        _listener.Start();
    }

    public IReadOnlyDictionary<string, double> Totals => _totals;

    public void Reset() => _totals.Clear();

    public void Dispose() => _listener.Dispose();
}

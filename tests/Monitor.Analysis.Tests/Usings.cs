global using FluentAssertions;
global using Monitor.Analysis;
global using Xunit;

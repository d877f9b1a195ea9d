"""SimPy's behaviour at the edges where sim-core used to differ, as event logs.

Each case is a small model that appends (time, who, what) to a log: it gets a fresh environment and
returns the processes to run there until no events are left (or runs it itself and returns nothing).
The script prints every case's log as one JSON object, one case a line. `edges.test.ts` ports each
case line by line to sim-core and checks its log against `edges.json`, the committed output of this
script, and that running this script still prints exactly `edges.json`.

Regenerate with Debian's SimPy (python3-simpy3, SimPy 3.0.11, which behaves as SimPy 4 in all these
cases):

    /usr/bin/python3 packages/sim-core/test/simpy/edges.py > packages/sim-core/test/simpy/edges.json
"""
import json

import simpy
from simpy.events import NORMAL, URGENT

CASES = []


def case(function):
    CASES.append(function)
    return function


def show(items):
    """A list as `[a, b]`, the same in Python and TypeScript."""
    return '[' + ', '.join(str(item) for item in items) + ']'


def user(env, log, resource, name, arrive, hours, **request):
    """Arrives, holds a unit of `resource` for `hours` (logging got and done) unless preempted."""
    yield env.timeout(arrive)
    with resource.request(**request) as req:
        try:
            yield req
            log.append((env.now, name, 'got'))
            yield env.timeout(hours)
            log.append((env.now, name, 'done'))
        except simpy.Interrupt as interrupt:
            log.append((env.now, name, 'preempted, had the unit since %s' % interrupt.cause.usage_since))


@case
def priority_request_between_release_and_its_processing(env, log):
    # The holder releases at t=4; at the same time, before the release is processed, an urgent
    # request arrives. SimPy grants the unit to the most important request waiting when the release
    # is processed: the urgent one, not 'low' which had waited since t=1.
    vendor = simpy.PriorityResource(env, capacity=1)
    return [
        user(env, log, vendor, 'holder', 0, 4, priority=5),
        user(env, log, vendor, 'low', 1, 1, priority=2),
        user(env, log, vendor, 'urgent', 4, 1, priority=0),
    ]


@case
def patience_ends_when_the_server_is_released(env, log):
    # The customer's patience runs out at t=4, the very time the holder releases the counter: the
    # patience timeout was scheduled first, so the customer reneges before the release is processed.
    counter = simpy.Resource(env, capacity=1)

    def customer():
        yield env.timeout(1)
        with counter.request() as req:
            results = yield req | env.timeout(3)
            log.append((env.now, 'customer', 'served' if req in results else 'reneged'))
        log.append((env.now, 'counter', '%d user(s), %d waiting' % (counter.count, len(counter.queue))))

    return [user(env, log, counter, 'holder', 0, 4), customer()]


@case
def the_releaser_runs_on_before_the_next_user_is_granted(env, log):
    # release(req) then timeout(0): the releaser's next line runs before the waiter gets the unit;
    # yielding the release itself resumes the releaser once the next user is granted, still before
    # that user runs.
    staff = simpy.Resource(env, capacity=1)

    def holder(name, wait_for_release):
        req = staff.request()
        yield req
        log.append((env.now, name, 'got'))
        yield env.timeout(2)
        if wait_for_release:
            yield staff.release(req)
            log.append((env.now, name, 'after yield release'))
        else:
            staff.release(req)
            yield env.timeout(0)
            log.append((env.now, name, 'after release + timeout(0)'))

    return [holder('first', False), holder('second', True), holder('third', False)]


@case
def a_get_frees_room_for_a_blocked_put_when_it_is_processed(env, log):
    # A full store: the put of 'b' waits. At t=1 a get takes 'a'; 'b' goes in only when that get is
    # processed, so an observer running between the two still sees the store empty.
    shelf = simpy.Store(env, capacity=1)

    def producer():
        yield shelf.put('a')
        yield shelf.put('b')
        log.append((env.now, 'producer', 'put b'))

    def consumer(name):
        yield env.timeout(1)
        item = yield shelf.get()
        log.append((env.now, name, 'got ' + item))

    def observer():
        yield env.timeout(1)
        log.append((env.now, 'observer', 'items ' + show(shelf.items)))

    return [producer(), consumer('first'), observer(), consumer('second')]


@case
def a_container_get_frees_room_for_a_put_when_it_is_processed(env, log):
    tank = simpy.Container(env, capacity=10, init=10)

    def tanker():
        yield tank.put(5)
        log.append((env.now, 'tanker', 'put 5, level %s' % tank.level))

    def generator():
        yield env.timeout(1)
        yield tank.get(5)
        log.append((env.now, 'generator', 'got 5, level %s' % tank.level))

    def observer():
        yield env.timeout(1)
        log.append((env.now, 'observer', 'level %s' % tank.level))

    return [tanker(), generator(), observer()]


@case
def equal_priority_preempts_when_made_at_the_same_time_with_preempt(env, log):
    # Keys (priority, request time, not preempt): 'polite' (1, 0, True) > 'pushy' (1, 0, False), so
    # the pushy request is strictly more important and preempts.
    staff = simpy.PreemptiveResource(env, capacity=1)
    return [
        user(env, log, staff, 'polite', 0, 3, priority=1, preempt=False),
        user(env, log, staff, 'pushy', 0, 3, priority=1, preempt=True),
    ]


@case
def the_victim_is_the_user_with_the_largest_key(env, log):
    # Both units go at t=0 to priority-2 users, 'first' with preempt=False then 'second' with
    # preempt=True. The least important user by (priority, request time, not preempt) is 'first',
    # although 'second' was granted later.
    staff = simpy.PreemptiveResource(env, capacity=2)
    return [
        user(env, log, staff, 'first', 0, 3, priority=2, preempt=False),
        user(env, log, staff, 'second', 0, 3, priority=2, preempt=True),
        user(env, log, staff, 'urgent', 1, 3, priority=0, preempt=True),
    ]


@case
def waiting_requests_are_ordered_by_priority_time_and_preempt(env, log):
    # Among equal priority and time, a request with preempt=True goes before one without.
    staff = simpy.PriorityResource(env, capacity=1)
    return [
        user(env, log, staff, 'holder', 0, 1, priority=0, preempt=True),
        user(env, log, staff, 'a', 0, 1, priority=1, preempt=False),
        user(env, log, staff, 'b', 0, 1, priority=1, preempt=True),
        user(env, log, staff, 'c', 0, 1, priority=0, preempt=False),
    ]


@case
def run_until_stops_after_urgent_events_already_scheduled_then(env, log):
    def at(delay, priority, what):
        event = simpy.Event(env)
        event._ok = True
        event._value = None
        event.callbacks.append(lambda _: log.append((env.now, 'callback', what)))
        env.schedule(event, priority, delay)

    at(3, NORMAL, 'normal at 3')
    at(3, URGENT, 'urgent at 3')
    env.run(until=3)
    log.append((env.now, 'run', 'stopped'))
    at(0, URGENT, 'urgent scheduled after the stop')
    env.run()


@case
def cancel_of_a_granted_request_and_release_of_a_waiting_one_do_nothing(env, log):
    staff = simpy.Resource(env, capacity=1)

    def state(what):
        log.append((env.now, what, '%d user(s), %d waiting' % (staff.count, len(staff.queue))))

    def fickle():
        granted = staff.request()
        yield granted
        waiting = staff.request()
        granted.cancel()
        state('after cancel() of the granted request')
        yield staff.release(waiting)
        state('after release() of the waiting request')
        yield env.timeout(1)
        staff.release(granted)
        yield waiting
        log.append((env.now, 'fickle', 'waiting request granted after all'))
        staff.release(waiting)

    return [fickle(), user(env, log, staff, 'other', 0, 1)]


@case
def an_outer_condition_removes_the_checks_of_nested_ones(env, log):
    # c fires first: the outer condition is met; once it is processed, the nested AllOf no longer
    # listens to a and b, so it never triggers although both happen later.
    a = env.timeout(2, 'a')
    b = env.timeout(3, 'b')
    c = env.timeout(1, 'c')
    inner = a & b
    outer = inner | c

    def waiter():
        result = yield outer
        log.append((env.now, 'waiter', 'values ' + show(result.todict().values())))

    env.process(waiter())
    env.run()
    log.append((env.now, 'inner', 'triggered' if inner.triggered else 'never triggered'))


@case
def a_process_from_a_generator_is_named_after_its_function(env, log):
    def restore_registry():
        yield env.timeout(1)
        raise RuntimeError('disk missing')

    proc = env.process(restore_registry())
    try:
        env.run()
    except RuntimeError as error:
        log.append((env.now, proc._desc(), 'failed: %s' % error))


@case
def store_gets_are_served_one_per_trigger(env, log):
    # Two items go in at t=1, and the giver waits for the first put. When it is processed, it serves
    # one waiting get; the second get is served only when the second put is processed, after the
    # giver's timeout(0) was scheduled.
    desk = simpy.Store(env)

    def taker(name):
        item = yield desk.get()
        log.append((env.now, name, 'got ' + item))

    def giver():
        yield env.timeout(1)
        first = desk.put('x')
        desk.put('y')
        log.append((env.now, 'giver', 'items ' + show(desk.items)))
        yield first
        yield env.timeout(0)
        log.append((env.now, 'giver', 'after timeout(0)'))

    return [taker('one'), taker('two'), giver()]


@case
def filter_store_gets_are_all_served_per_trigger(env, log):
    desk = simpy.FilterStore(env)

    def taker(name, wanted):
        item = yield desk.get(lambda item: item.startswith(wanted))
        log.append((env.now, name, 'got ' + item))

    def giver():
        yield env.timeout(1)
        for item in ['tax-1', 'registry-1', 'registry-2']:
            desk.put(item)
        log.append((env.now, 'giver', 'items ' + show(desk.items)))

    return [taker('registry desk', 'registry'), taker('tax desk', 'tax'), taker('registry desk 2', 'registry'), giver()]


@case
def priority_store_hands_out_in_heap_order(env, log):
    backlog = simpy.PriorityStore(env)

    def worker():
        yield env.timeout(1)
        while backlog.items:
            ticket = yield backlog.get()
            log.append((env.now, 'worker', '%s %s' % (ticket.priority, ticket.item)))

    for priority, item in [(2, 'mail'), (1, 'tax'), (2, 'web'), (0, 'registry'), (1, 'welfare'), (2, 'groupware')]:
        backlog.put(simpy.PriorityItem(priority, item))
    return [worker()]


def main():
    lines = []
    for function in CASES:
        env = simpy.Environment()
        log = []
        processes = function(env, log)
        if processes is not None:
            for process in processes:
                env.process(process)
            env.run()
        lines.append('%s: %s' % (json.dumps(function.__name__.replace('_', '-')), json.dumps(log)))
    print('{\n' + ',\n'.join(lines) + '\n}')


if __name__ == '__main__':
    main()

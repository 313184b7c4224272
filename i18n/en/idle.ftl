# Idle countdown overlay (shown in both languages at once)
idle-title = Are you still there?
idle-body = Nothing has been touched for a while. In { $seconds } seconds everything you entered will be erased and the kiosk returns to the start.
idle-cap-title = This session has reached its time limit
idle-cap-body = To protect your data, in { $seconds } seconds everything you entered will be erased and the kiosk returns to the start.
idle-continue = Continue
idle-start-over = Start over now
